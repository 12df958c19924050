package kmsecrets.adapter.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import kmsecrets.application.port.out.MasterKeyCipher;
import kmsecrets.application.port.out.MasterKeyRing;
import kmsecrets.application.port.out.MasterKeyStore;
import kmsecrets.application.port.out.MasterKeyStore.StoredKey;
import kmsecrets.application.port.out.WrappedBlobs;
import kmsecrets.domain.secret.SecretValue;

/**
 * The root of the key hierarchy: wraps customer master key material and stored credentials, nothing else.
 *
 * <p>A deployment holds one master key at a time, more while a rotation replaces it. Each key has an id derived from
 * it (HMAC-SHA256 of a fixed text, first 8 bytes: it says nothing of the key), and every blob starts with the id of
 * the key that wrapped it: {@code 00 'M' 'K' '1'}, the 8-byte id, then the AES-GCM box. Blobs from before ids (no
 * prefix) belong to the deployment's original key.
 *
 * <p>A node starts with one key (its file). Once {@link #join joined} to the database's {@link MasterKeyStore}, it
 * also holds every key stored wrapped under a key it holds, and wraps new blobs under the deployment's primary key
 * as it last read it: at the join, and at each {@link #refresh} (the service refreshes every few seconds). A wrap
 * never reads the database itself: it runs inside requests that already hold a connection.
 */
public final class MasterKey implements MasterKeyRing {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MasterKey.class);
    private static final byte[] MAGIC = {0, 'M', 'K', '1'};
    private static final int ID_BYTES = 8;
    private static final int PREFIX = MAGIC.length + ID_BYTES;
    private static final String CHECK_TEXT = "kmsecrets master key check";

    private final String ownId;
    private final Map<String, SecretKey> held = new ConcurrentHashMap<>();
    private final AesGcm gcm;
    private volatile MasterKeyStore store;
    private volatile String originalId;
    private volatile Clock clock = Clock.systemUTC();
    /** The deployment's primary key as last read; this node's own until joined. */
    private volatile String primary;

    MasterKey(byte[] material, SecureRandom random) {
        this.ownId = idOf(material);
        this.held.put(ownId, AesGcm.key(material.clone()));
        this.gcm = new AesGcm(random);
        this.originalId = ownId;
    }

    /** The id of a key: HMAC-SHA256(key, fixed text), first 8 bytes, in hex. */
    static String idOf(byte[] material) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            byte[] digest = mac.doFinal("kmsecrets master key id".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no HmacSHA256", e);
        }
    }

    /** The key's place in the deployment is not what this node needs to serve it; the message says why. */
    public static final class NotThisDeploymentsKey extends IllegalStateException {
        NotThisDeploymentsKey(String message) {
            super(message);
        }
    }

    /**
     * Joins the deployment's key ring. A database without master keys (new, or from before ids) gets this key as
     * its original and primary one, once {@code provesOriginal} says the key is the one the data was sealed with.
     * Afterwards this node holds every key stored wrapped under one it holds.
     *
     * @throws NotThisDeploymentsKey when this key is not one of the deployment's
     */
    public void join(MasterKeyStore keys, java.util.function.BooleanSupplier provesOriginal, Clock clock) {
        if (keys.keys().isEmpty()) {
            if (!provesOriginal.getAsBoolean()) {
                throw new NotThisDeploymentsKey("this is not the key the database was sealed with");
            }
            keys.add(new StoredKey(ownId, check(held.get(ownId), ownId), Optional.empty(), Optional.empty(), true,
                    clock.instant()));
            keys.setPrimary(Optional.empty(), ownId);
        }
        List<StoredKey> stored = keys.keys();
        StoredKey own = stored.stream().filter(k -> k.keyId().equals(ownId)).findFirst()
                .orElseThrow(() -> new NotThisDeploymentsKey("its id " + ownId + " is not among the database's "
                        + "master keys (" + String.join(", ", stored.stream().map(StoredKey::keyId).toList()) + ")"));
        if (!opensCheck(held.get(ownId), own)) {
            throw new NotThisDeploymentsKey("it does not open the check value stored for key " + ownId);
        }
        if (keys.primary().isEmpty()) {
            keys.setPrimary(Optional.empty(), ownId);
        }
        this.clock = clock;
        this.store = keys;
        learn(stored);
        this.primary = keys.primary().orElse(ownId);
    }

    /**
     * Reads the deployment's primary key again and learns every key the store holds wrapped under a key this node
     * holds (once joined).
     */
    public void refresh() {
        MasterKeyStore keys = store;
        if (keys != null) {
            learn(keys.keys());
            primary = keys.primary().orElse(ownId);
        }
    }

    @Override
    public String ownKeyId() {
        return ownId;
    }

    @Override
    public String primaryKeyId() {
        String known = primary;
        return known == null ? ownId : known;
    }

    @Override
    public Set<String> heldKeyIds() {
        return Set.copyOf(held.keySet());
    }

    @Override
    public String enrol(SecretValue material) {
        byte[] bytes = material.bytes();
        try {
            if (bytes.length != AesGcm.KEY_BYTES) {
                throw new IllegalArgumentException("a master key is 32 bytes");
            }
            String id = idOf(bytes);
            MasterKeyStore keys = joined();
            if (keys.keys().stream().noneMatch(k -> k.keyId().equals(id))) {
                String wrapper = primaryKeyId();
                SecretKey newKey = AesGcm.key(bytes.clone());
                keys.add(new StoredKey(id, check(newKey, id), Optional.of(seal(wrapper, bytes, memberContext(id))),
                        Optional.of(wrapper), false, clock.instant()));
            }
            learn(keys.keys());
            return id;
        } finally {
            AesGcm.wipe(bytes);
        }
    }

    @Override
    public void makePrimary(String keyId) {
        MasterKeyStore keys = joined();
        if (!held.containsKey(keyId)) {
            learn(keys.keys());
        }
        if (!held.containsKey(keyId)) {
            throw new IllegalArgumentException("master key " + keyId + " is not one this node holds");
        }
        Optional<String> current = keys.primary();
        if (!current.equals(Optional.of(keyId)) && !keys.setPrimary(current, keyId)) {
            throw new IllegalStateException("the primary master key changed meanwhile; run the command again");
        }
        primary = keyId;
    }

    @Override
    public String keyIdOf(byte[] wrapped) {
        return prefixed(wrapped) ? HexFormat.of().formatHex(wrapped, MAGIC.length, PREFIX) : originalId;
    }

    @Override
    public byte[] rewrap(WrappedBlobs.Blob blob) {
        String context = switch (blob.kind()) {
            case CUSTOMER_KEY_MATERIAL -> AesGcmEnvelope.materialContext(blob.contextId());
            case ACCESS_KEY_SECRET -> MasterKeyWrapping.credentialContext(
                    MasterKeyCipher.accessKeyContext(blob.contextId()));
            case DB_ADMIN_PASSWORD -> MasterKeyWrapping.credentialContext(
                    MasterKeyCipher.dbInstanceContext(blob.contextId()));
            case AUDIT_CHECKPOINT -> MasterKeyWrapping.credentialContext(
                    MasterKeyCipher.auditCheckpointContext(Long.parseLong(blob.contextId())));
        };
        byte[] plaintext = unwrap(blob.wrapped(), context);
        try {
            return wrap(plaintext, context);
        } finally {
            AesGcm.wipe(plaintext);
        }
    }

    byte[] wrap(byte[] plaintext, String context) {
        return seal(primaryKeyId(), plaintext, context);
    }

    byte[] unwrap(byte[] wrapped, String context) {
        byte[] aad = context.getBytes(StandardCharsets.UTF_8);
        if (!prefixed(wrapped)) {
            return openOriginal(wrapped, aad);
        }
        String id = keyIdOf(wrapped);
        SecretKey key = held.get(id);
        if (key == null && store != null) {
            learn(store.keys());
            key = held.get(id);
        }
        if (key == null) {
            try {
                return openOriginal(wrapped, aad);   // an original blob whose random nonce began like a prefix
            } catch (AesGcm.SealBroken notOriginal) {
                throw new NotThisDeploymentsKey("a blob is wrapped by master key " + id + ", which this node does "
                        + "not hold");
            }
        }
        return gcm.open(key, Arrays.copyOfRange(wrapped, PREFIX, wrapped.length), aad);
    }

    /** A blob without id: the original key's; a node that does not hold that one tries its own. */
    private byte[] openOriginal(byte[] wrapped, byte[] aad) {
        SecretKey original = held.get(originalId);
        return gcm.open(original != null ? original : held.get(ownId), wrapped, aad);
    }

    private byte[] seal(String keyId, byte[] plaintext, String context) {
        SecretKey key = held.get(keyId);
        if (key == null && store != null) {
            learn(store.keys());
            key = held.get(keyId);
        }
        if (key == null) {
            throw new NotThisDeploymentsKey("the primary master key " + keyId + " is not one this node holds");
        }
        byte[] box = gcm.seal(key, plaintext, context.getBytes(StandardCharsets.UTF_8));
        byte[] blob = new byte[PREFIX + box.length];
        System.arraycopy(MAGIC, 0, blob, 0, MAGIC.length);
        System.arraycopy(HexFormat.of().parseHex(keyId), 0, blob, MAGIC.length, ID_BYTES);
        System.arraycopy(box, 0, blob, PREFIX, box.length);
        return blob;
    }

    /** Unwraps every stored key wrapped under one this node holds, until nothing more can be learned. */
    private synchronized void learn(List<StoredKey> stored) {
        stored.stream().filter(StoredKey::original).findFirst().ifPresent(k -> originalId = k.keyId());
        Map<String, StoredKey> pending = new LinkedHashMap<>();
        stored.forEach(k -> pending.put(k.keyId(), k));
        boolean learned = true;
        while (learned) {
            learned = false;
            for (StoredKey k : List.copyOf(pending.values())) {
                if (held.containsKey(k.keyId())) {
                    pending.remove(k.keyId());
                } else if (k.wrappedMaterial().isPresent() && k.wrappedBy().isPresent()
                        && held.containsKey(k.wrappedBy().get())) {
                    byte[] material = unwrap(k.wrappedMaterial().get(), memberContext(k.keyId()));
                    try {
                        SecretKey key = AesGcm.key(material.clone());
                        if (idOf(material).equals(k.keyId()) && opensCheck(key, k)) {
                            held.put(k.keyId(), key);
                            learned = true;
                            LOG.info("Learned master key {} from the database (stored wrapped under {})", k.keyId(),
                                    k.wrappedBy().get());
                        }
                    } finally {
                        AesGcm.wipe(material);
                    }
                    pending.remove(k.keyId());
                }
            }
        }
    }

    private MasterKeyStore joined() {
        MasterKeyStore keys = store;
        if (keys == null) {
            throw new IllegalStateException("the master key has not joined the database's key ring");
        }
        return keys;
    }

    private byte[] check(SecretKey key, String id) {
        return gcm.seal(key, CHECK_TEXT.getBytes(StandardCharsets.UTF_8), checkContext(id));
    }

    private boolean opensCheck(SecretKey key, StoredKey stored) {
        try {
            return MessageDigest.isEqual(gcm.open(key, stored.check(), checkContext(stored.keyId())),
                    CHECK_TEXT.getBytes(StandardCharsets.UTF_8));
        } catch (AesGcm.SealBroken e) {
            return false;
        }
    }

    private static byte[] checkContext(String id) {
        return ("master-key-check:" + id).getBytes(StandardCharsets.UTF_8);
    }

    private static String memberContext(String id) {
        return "master-key:" + id;
    }

    private static boolean prefixed(byte[] wrapped) {
        return wrapped.length > PREFIX && wrapped[0] == MAGIC[0] && wrapped[1] == MAGIC[1] && wrapped[2] == MAGIC[2]
                && wrapped[3] == MAGIC[3];
    }

    @Override
    public String toString() {
        return "MasterKey[" + ownId + "]";
    }
}
