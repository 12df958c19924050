package kmsecrets.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
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
import org.junit.jupiter.api.io.TempDir;

class AesGcmEnvelopeTest {
    private static final AccountId ACCOUNT = new AccountId("1234567890123456");
    private static final SecretIdentity IDENTITY =
            new SecretIdentity(ACCOUNT, new SecretName("db/password"), new VersionId("v1"));

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();

    private AesGcmEnvelope envelope(Path keyFile) {
        return new AesGcmEnvelope(MasterKeyFile.loadOrCreate(keyFile, random), random);
    }

    private static CustomerKey key(AesGcmEnvelope envelope, String id) {
        return new CustomerKey(id, ACCOUNT, KeyState.ENABLED, true, envelope.newKeyMaterial(id), Instant.EPOCH);
    }

    @Test
    void sealedValuesOpenToTheSameBytesAndHideThem() {
        AesGcmEnvelope envelope = envelope(dir.resolve("master.key"));
        CustomerKey key = key(envelope, "key-a");
        SecretValue value = SecretValue.ofText("hunter2-é中");
        SealedValue sealed = envelope.seal(key, IDENTITY, value);
        assertThat(sealed.keyId()).isEqualTo("key-a");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("hunter2");
        assertThat(envelope.open(key.primary(), IDENTITY, sealed).asText()).isEqualTo("hunter2-é中");
    }

    @Test
    void eachVersionGetsAFreshDataKeyAndNonce() {
        AesGcmEnvelope envelope = envelope(dir.resolve("master.key"));
        CustomerKey key = key(envelope, "key-a");
        SealedValue one = envelope.seal(key, IDENTITY, SecretValue.ofText("same"));
        SealedValue two = envelope.seal(key, IDENTITY, SecretValue.ofText("same"));
        assertThat(one.ciphertext()).isNotEqualTo(two.ciphertext());
    }

    @Test
    void aValueDoesNotOpenUnderAnotherIdentityKeyOrMasterKey() {
        AesGcmEnvelope envelope = envelope(dir.resolve("master.key"));
        CustomerKey key = key(envelope, "key-a");
        SealedValue sealed = envelope.seal(key, IDENTITY, SecretValue.ofText("distinctive-plaintext"));
        SecretIdentity moved = new SecretIdentity(ACCOUNT, new SecretName("other"), new VersionId("v1"));
        assertThatThrownBy(() -> envelope.open(key.primary(), moved, sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("distinctive-plaintext");
        SecretIdentity otherVersion = new SecretIdentity(ACCOUNT, new SecretName("db/password"), new VersionId("v2"));
        assertThatThrownBy(() -> envelope.open(key.primary(), otherVersion, sealed)).isInstanceOf(IllegalStateException.class);
        CustomerKey otherKey = key(envelope, "key-b");
        assertThatThrownBy(() -> envelope.open(otherKey.primary(), IDENTITY, new SealedValue("key-b", otherKey.primaryVersionId(), sealed.ciphertext())))
                .isInstanceOf(IllegalStateException.class);
        AesGcmEnvelope otherMaster = envelope(dir.resolve("other.key"));
        assertThatThrownBy(() -> otherMaster.open(key.primary(), IDENTITY, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anyFlippedByteIsDetected() {
        AesGcmEnvelope envelope = envelope(dir.resolve("master.key"));
        CustomerKey key = key(envelope, "key-a");
        byte[] sealed = envelope.seal(key, IDENTITY, SecretValue.ofText("payload")).ciphertext();
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 1;
            int at = i;
            assertThatThrownBy(() -> envelope.open(key.primary(), IDENTITY, new SealedValue("key-a", key.primaryVersionId(), tampered)))
                    .as("byte " + at).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void theMasterKeyFileIsCreatedPrivateAndReloaded() throws Exception {
        Path file = dir.resolve("data/master.key");
        AesGcmEnvelope first = envelope(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        CustomerKey key = key(first, "key-a");
        SealedValue sealed = first.seal(key, IDENTITY, SecretValue.ofText("survives restarts"));
        assertThat(envelope(file).open(key.primary(), IDENTITY, sealed).asText()).isEqualTo("survives restarts");
    }

    @Test
    void aMalformedMasterKeyFileIsRefused() throws Exception {
        Path file = dir.resolve("short.key");
        Files.writeString(file, "c2hvcnQ=");
        assertThatThrownBy(() -> MasterKeyFile.loadOrCreate(file, random)).hasMessageContaining("32 bytes");
    }

    @Test
    void credentialsWrapUnderTheMasterKeyBoundToTheirContext() {
        MasterKeyWrapping wrapping = new MasterKeyWrapping(MasterKeyFile.loadOrCreate(dir.resolve("m.key"), random));
        byte[] wrapped = wrapping.wrap(SecretValue.ofText("access-key-secret"), "access-key:LTAI1");
        assertThat(wrapping.unwrap(wrapped, "access-key:LTAI1").asText()).isEqualTo("access-key-secret");
        assertThatThrownBy(() -> wrapping.unwrap(wrapped, "access-key:LTAI2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void generatedIdsHaveTheDocumentedShape() {
        SecureRandomIds ids = new SecureRandomIds(random);
        assertThat(ids.newKeyId()).matches("key-[a-z0-9]{21}");
        assertThat(ids.newAccessKeySecret()).matches("[A-Za-z0-9]{30}");
        assertThat(ids.newVersionId()).isNotEqualTo(ids.newVersionId());
    }
}
