package kmsecrets.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import kmsecrets.application.port.out.AccessKeyRepository.StoredAccessKey;
import kmsecrets.application.port.out.CredentialRotator;
import kmsecrets.application.port.out.CredentialRotator.Login;
import kmsecrets.application.port.out.CredentialRotator.Target;
import kmsecrets.application.port.out.CredentialRotatorContract;
import kmsecrets.application.port.out.CredentialRotatorPromises;
import kmsecrets.application.port.out.FixedIds;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.secret.AccessKeyPair;
import kmsecrets.domain.secret.Credential;
import kmsecrets.domain.secret.SecretValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The service's own users as a rotation target, on a real store: the rotator contract kit, and what RAM adds. */
class OwnAccessKeysTest extends CredentialRotatorContract
        implements CredentialRotatorPromises.ImportsOnly {
    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final AccountId ACCOUNT = new AccountId("1234567890123456");
    private static final FixedIds IDS = new FixedIds();
    /** Test-only wrapping: reversible, bound to the context, not secret. */
    private static final MasterKeyCipher WRAPPING = new MasterKeyCipher() {
        @Override
        public byte[] wrap(SecretValue plaintext, String context) {
            return (context + "|" + plaintext.asText()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public SecretValue unwrap(byte[] wrapped, String context) {
            String text = new String(wrapped, StandardCharsets.UTF_8);
            if (!text.startsWith(context + "|")) {
                throw new IllegalStateException("wrong context");
            }
            return SecretValue.ofText(text.substring(context.length() + 1));
        }
    };

    private final JdbiSession session = new JdbiSession(DB.database().jdbi());
    private final JdbiAccessKeyRepository accessKeys = new JdbiAccessKeyRepository(session);
    private final JdbiIdentityRepository identities = new JdbiIdentityRepository(session);
    private final OwnAccessKeys rotator = new OwnAccessKeys(accessKeys, identities, WRAPPING, IDS,
            Clock.fixed(Instant.parse("2026-12-04T10:00:00.5Z"), ZoneOffset.UTC));

    @Override
    public CredentialRotator rotator() {
        return rotator;
    }

    @Override
    public Target target() {
        return new Target(ACCOUNT, "users", Optional.empty(), SecretValue.ofText(""));
    }

    /** A new user holding one pair. */
    @Override
    public Credential existing() {
        String user = "app" + System.nanoTime();
        identities.createUser(ACCOUNT, user, Instant.EPOCH);
        return key(user, false);
    }

    private AccessKeyPair key(String user, boolean root) {
        String id = IDS.newAccessKeyId();
        String secret = IDS.newAccessKeySecret();
        accessKeys.save(new StoredAccessKey(id, ACCOUNT, user, root, true,
                WRAPPING.wrap(SecretValue.ofText(secret), MasterKeyCipher.accessKeyContext(id))));
        return new AccessKeyPair(user, id, secret, Optional.empty());
    }



    @Override
    public String material(Credential credential) {
        return ((AccessKeyPair) credential).accessKeySecret();
    }

    @Test
    void aNewPairIsGeneratedWithItsTimestampAndTheRotatedPairsAreDeleted() {
        AccessKeyPair previous = (AccessKeyPair) existing();
        AccessKeyPair current = key(previous.account(), false);
        AccessKeyPair next = (AccessKeyPair) next(previous.account());
        assertThat(next.generated()).contains(Instant.parse("2026-12-04T10:00:00Z"));
        rotator.apply(target(), next, Optional.of(previous));
        assertThat(rotator.tryLogin(target(), current)).isEqualTo(Login.ACCEPTED);
        assertThat(accessKeys.find(previous.accessKeyId())).isEmpty();
        assertThat(accessKeys.list(ACCOUNT, Optional.of(previous.account())))
                .extracting(StoredAccessKey::accessKeyId).containsExactlyInAnyOrder(current.accessKeyId(),
                        next.accessKeyId());
    }

    @Test
    void onlyPairsOfThatUserWithTheirRightSecretAreImportedAndNeverRootKeys() {
        AccessKeyPair mine = (AccessKeyPair) existing();
        AccessKeyPair theirs = (AccessKeyPair) existing();
        rotator.requireAccount(target(), mine);
        AccessKeyPair claimed = new AccessKeyPair(mine.account(), theirs.accessKeyId(), theirs.accessKeySecret(),
                Optional.empty());
        AccessKeyPair guessed = new AccessKeyPair(mine.account(), mine.accessKeyId(), "guess", Optional.empty());
        for (AccessKeyPair wrong : new AccessKeyPair[] {claimed, guessed, key(mine.account(), true)}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> rotator.requireAccount(target(), wrong))
                    .as(wrong.toString()).isInstanceOf(kmsecrets.domain.error.InvalidValue.class);
        }
        rotator.apply(target(), next(mine.account()), Optional.of(claimed));
        assertThat(rotator.tryLogin(target(), theirs)).as("another user's pair is never retired")
                .isEqualTo(Login.ACCEPTED);
    }
}
