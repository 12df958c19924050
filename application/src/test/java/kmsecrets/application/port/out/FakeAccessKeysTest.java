package kmsecrets.application.port.out;

import java.util.Optional;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.domain.secret.AccessKeyPair;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SecretValue;

/** The fake of the service's own users passes the rotator contract kit, as OwnAccessKeys does on a real store. */
class FakeAccessKeysTest extends CredentialRotatorContract
        implements CredentialRotatorPromises.ImportsOnly {
    private final FakeAccessKeys fake = new FakeAccessKeys();

    @Override
    public CredentialRotator rotator() {
        return fake;
    }

    @Override
    public Target target() {
        return new Target(null, "users", Optional.empty(), SecretValue.ofText(""));
    }

    @Override
    public Credential existing() {
        return fake.user("user" + System.nanoTime());
    }



    @Override
    public String material(Credential credential) {
        return ((AccessKeyPair) credential).accessKeySecret();
    }
}
