package kmsecrets.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import kmsecrets.application.port.out.InMemoryMasterKeyStore;
import kmsecrets.application.port.out.MasterKeyStore;
import kmsecrets.application.port.out.MasterKeyStore.StoredKey;
import kmsecrets.application.port.out.WrappedBlobs.Blob;
import kmsecrets.application.port.out.WrappedBlobs.Kind;
import kmsecrets.domain.secret.SecretValue;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.domain.account.AccountId;
import kmsecrets.domain.key.CustomerKey;
import kmsecrets.domain.key.KeyState;
import kmsecrets.domain.secret.SealedValue;
import kmsecrets.domain.secret.SecretIdentity;
import kmsecrets.domain.secret.SecretName;
import kmsecrets.domain.secret.VersionId;
import org.junit.jupiter.api.Test;

/**
 * The master key ring: blobs name their key, a rotation's new key reaches every node through the store, each node
 * opens what any key it holds wrapped, and a key that is not the deployment's is refused.
 */
class MasterKeyRingTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PLAINTEXT = "access key secret".getBytes(StandardCharsets.UTF_8);
    private static final String CONTEXT = "credential:access-key:LTAI1";

    private static byte[] material() {
        byte[] material = new byte[32];
        RANDOM.nextBytes(material);
        return material;
    }

    private static MasterKey joined(byte[] material, MasterKeyStore store) {
        MasterKey key = new MasterKey(material, RANDOM);
        key.join(store, () -> true, Clock.systemUTC());
        return key;
    }

    @Test
    void theFirstKeyBecomesTheOriginalAndPrimaryAndItsBlobsNameIt() {
        InMemoryMasterKeyStore store = new InMemoryMasterKeyStore();
        MasterKey a = joined(material(), store);
        assertThat(store.primary()).contains(a.ownKeyId());
        assertThat(store.keys()).singleElement().satisfies(k -> assertThat(k.original()).isTrue());
        byte[] blob = a.wrap(PLAINTEXT, CONTEXT);
        assertThat(a.keyIdOf(blob)).isEqualTo(a.ownKeyId());
        assertThat(a.unwrap(blob, CONTEXT)).isEqualTo(PLAINTEXT);
        assertThatThrownBy(() -> a.unwrap(blob, "credential:access-key:LTAI2")).isInstanceOf(AesGcm.SealBroken.class);
    }

    @Test
    void aNodeOfTheOldKeyLearnsTheNewOneAndBothOpenEachOthersBlobs() {
        InMemoryMasterKeyStore store = new InMemoryMasterKeyStore();
        byte[] old = material();
        byte[] fresh = material();
        MasterKey rotating = joined(old, store);
        MasterKey serving = joined(old, store);   // another node, started before the rotation
        byte[] beforeRotation = serving.wrap(PLAINTEXT, CONTEXT);

        String newId = rotating.enrol(SecretValue.of(fresh));
        rotating.makePrimary(newId);
        assertThat(rotating.primaryKeyId()).isEqualTo(newId);
        assertThat(serving.primaryKeyId()).as("until its next refresh").isEqualTo(serving.ownKeyId());
        serving.refresh();
        assertThat(serving.primaryKeyId()).isEqualTo(newId);
        byte[] afterRotation = serving.wrap(PLAINTEXT, CONTEXT);   // learns the new key from the store
        assertThat(serving.keyIdOf(afterRotation)).isEqualTo(newId);
        assertThat(serving.heldKeyIds()).containsExactlyInAnyOrder(serving.ownKeyId(), newId);

        byte[] rewrapped = rotating.rewrap(new Blob(Kind.ACCESS_KEY_SECRET, "LTAI1", "LTAI1", beforeRotation));
        assertThat(rotating.keyIdOf(rewrapped)).isEqualTo(newId);
        assertThat(serving.unwrap(rewrapped, CONTEXT)).isEqualTo(PLAINTEXT);
        assertThat(serving.unwrap(beforeRotation, CONTEXT)).isEqualTo(PLAINTEXT);

        MasterKey restarted = joined(fresh, store);   // a node given the new key: it does not hold the old one
        assertThat(restarted.unwrap(rewrapped, CONTEXT)).isEqualTo(PLAINTEXT);
        assertThat(restarted.heldKeyIds()).containsExactly(newId);
        assertThatThrownBy(() -> restarted.unwrap(beforeRotation, CONTEXT))
                .isInstanceOf(MasterKey.NotThisDeploymentsKey.class).hasMessageContaining(rotating.ownKeyId());
    }

    @Test
    void enrollingTheSameKeyAgainIsHarmless() {
        InMemoryMasterKeyStore store = new InMemoryMasterKeyStore();
        MasterKey a = joined(material(), store);
        byte[] fresh = material();
        String first = a.enrol(SecretValue.of(fresh));
        assertThat(a.enrol(SecretValue.of(fresh))).isEqualTo(first);
        a.makePrimary(first);
        a.makePrimary(first);
        assertThat(store.keys()).hasSize(2);
    }

    @Test
    void aKeyThatIsNotTheDeploymentsIsRefused() {
        InMemoryMasterKeyStore store = new InMemoryMasterKeyStore();
        joined(material(), store);
        assertThatThrownBy(() -> joined(material(), store)).isInstanceOf(MasterKey.NotThisDeploymentsKey.class)
                .hasMessageContaining("not among the database's master keys");
        MasterKey unproven = new MasterKey(material(), RANDOM);
        assertThatThrownBy(() -> unproven.join(new InMemoryMasterKeyStore(), () -> false, Clock.systemUTC()))
                .isInstanceOf(MasterKey.NotThisDeploymentsKey.class);
    }

    @Test
    void aStoredKeyWhoseCheckItDoesNotOpenIsRefused() {
        InMemoryMasterKeyStore store = new InMemoryMasterKeyStore();
        byte[] material = material();
        MasterKey genuine = new MasterKey(material, RANDOM);
        store.add(new StoredKey(genuine.ownKeyId(), new byte[40], Optional.empty(), Optional.empty(), true,
                java.time.Instant.EPOCH));
        assertThatThrownBy(() -> new MasterKey(material, RANDOM).join(store, () -> true, Clock.systemUTC()))
                .isInstanceOf(MasterKey.NotThisDeploymentsKey.class).hasMessageContaining("check value");
    }

    @Test
    void blobsFromBeforeKeyIdsAreTheOriginalKeys() {
        InMemoryMasterKeyStore store = new InMemoryMasterKeyStore();
        byte[] original = material();
        MasterKey a = new MasterKey(original, RANDOM);
        byte[] legacy = new AesGcm(RANDOM).seal(AesGcm.key(original), PLAINTEXT,
                CONTEXT.getBytes(StandardCharsets.UTF_8));   // the format without a key id
        a.join(store, () -> true, Clock.systemUTC());
        assertThat(a.keyIdOf(legacy)).isEqualTo(a.ownKeyId());
        assertThat(a.unwrap(legacy, CONTEXT)).isEqualTo(PLAINTEXT);
        String newId = a.enrol(SecretValue.of(material()));
        a.makePrimary(newId);
        byte[] rewrapped = a.rewrap(new Blob(Kind.ACCESS_KEY_SECRET, "LTAI1", "LTAI1", legacy));
        assertThat(a.keyIdOf(rewrapped)).isEqualTo(newId);
        assertThat(a.unwrap(rewrapped, CONTEXT)).isEqualTo(PLAINTEXT);
    }

    @Test
    void itsTextNamesTheKeyIdNeverTheKey() {
        byte[] material = material();
        MasterKey key = new MasterKey(material, RANDOM);
        assertThat(key.toString()).contains(key.ownKeyId())
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(material));
        assertThat(key.ownKeyId()).matches("[0-9a-f]{16}");
    }

    /** Every kind of blob a rotation re-wraps still opens where the service opens it, bound to the same context. */
    @Test
    void everyKindOfBlobOpensAfterItsRewrap() {
        InMemoryMasterKeyStore store = new InMemoryMasterKeyStore();
        MasterKey ring = joined(material(), store);
        MasterKeyWrapping credentials = new MasterKeyWrapping(ring);
        AesGcmEnvelope envelope = new AesGcmEnvelope(ring, RANDOM);
        String keyId = "key-rewrap000000000000000";
        byte[] material = envelope.newKeyMaterial(keyId);
        AccountId account = new AccountId("1234567890123456");
        SecretIdentity identity = new SecretIdentity(account,
                new SecretName("app/db"), new VersionId("v1"));
        CustomerKey before = new CustomerKey(keyId, account,
                KeyState.ENABLED, false, material, java.time.Instant.EPOCH);
        SealedValue sealed = envelope.seal(before, identity, SecretValue.ofText("value"));
        byte[] accessKey = credentials.wrap(SecretValue.ofText("ak-secret"),
                MasterKeyCipher.accessKeyContext("LTAI1"));
        byte[] adminPassword = credentials.wrap(SecretValue.ofText("admin-pw"),
                MasterKeyCipher.dbInstanceContext("pg-1"));
        byte[] checkpoint = credentials.wrap(SecretValue.ofText("cut"),
                MasterKeyCipher.auditCheckpointContext(48213));

        ring.makePrimary(ring.enrol(SecretValue.of(material())));
        byte[] newMaterial = ring.rewrap(new Blob(Kind.CUSTOMER_KEY_MATERIAL, keyId + "-v1", keyId, material));
        AesGcmEnvelope fresh = new AesGcmEnvelope(ring, RANDOM);   // no material cached
        CustomerKey after = new CustomerKey(keyId, account,
                KeyState.ENABLED, false, newMaterial, java.time.Instant.EPOCH);
        assertThat(fresh.open(after.primary(), identity, sealed).asText()).isEqualTo("value");
        assertThat(credentials.unwrap(ring.rewrap(new Blob(Kind.ACCESS_KEY_SECRET, "LTAI1", "LTAI1", accessKey)),
                MasterKeyCipher.accessKeyContext("LTAI1")).asText())
                .isEqualTo("ak-secret");
        assertThat(credentials.unwrap(ring.rewrap(new Blob(Kind.DB_ADMIN_PASSWORD, "pg-1", "pg-1", adminPassword)),
                MasterKeyCipher.dbInstanceContext("pg-1")).asText())
                .isEqualTo("admin-pw");
        assertThat(credentials.unwrap(ring.rewrap(new Blob(Kind.AUDIT_CHECKPOINT, "00000000000000048213", "48213",
                checkpoint)), MasterKeyCipher.auditCheckpointContext(48213)).asText())
                .isEqualTo("cut");
    }
}
