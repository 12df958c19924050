package kmsecrets.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.domain.secret.VersionId;
import org.junit.jupiter.api.Test;

/** What every {@link Envelope} must do; run by the reversible double and by the AES-GCM adapter. */
public abstract class EnvelopeContract {
    private static final AccountId ACCOUNT = new AccountId("1234567890123456");
    private static final SecretIdentity IDENTITY = new SecretIdentity(ACCOUNT, new SecretName("db/app"),
            new VersionId("v1"));

    protected abstract Envelope envelope();

    private CustomerKey key(String id) {
        return new CustomerKey(id, ACCOUNT, KeyState.ENABLED, false, envelope().newKeyMaterial(id), Instant.EPOCH);
    }

    @Test
    void aSealedValueOpensUnderItsKeyVersionAndIdentity() {
        CustomerKey key = key("key-envelope0000000000000");
        SealedValue sealed = envelope().seal(key, IDENTITY, SecretValue.ofText("canary-plaintext"));
        assertThat(sealed.keyId()).isEqualTo(key.keyId());
        assertThat(sealed.keyVersionId()).isEqualTo(key.primaryVersionId());
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("canary-plaintext");
        assertThat(envelope().open(key.primary(), IDENTITY, sealed).asText()).isEqualTo("canary-plaintext");
    }

    @Test
    void aValueSealedForOneIdentityDoesNotOpenForAnother() {
        CustomerKey key = key("key-envelope1111111111111");
        SealedValue sealed = envelope().seal(key, IDENTITY, SecretValue.ofText("v"));
        SecretIdentity other = new SecretIdentity(ACCOUNT, new SecretName("db/app"), new VersionId("v2"));
        assertThatThrownBy(() -> envelope().open(key.primary(), other, sealed)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aValueDoesNotOpenUnderAnotherKeyVersion() {
        CustomerKey key = key("key-envelope2222222222222");
        CustomerKey other = key("key-envelope3333333333333");
        SealedValue sealed = envelope().seal(key, IDENTITY, SecretValue.ofText("v"));
        assertThatThrownBy(() -> envelope().open(other.primary(), IDENTITY, sealed))
                .isInstanceOf(RuntimeException.class);
    }
}
