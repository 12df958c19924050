package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kmsecrets.application.port.in.MasterKeyStatus;
import kmsecrets.application.port.in.MasterKeyStatusQuery;
import kmsecrets.application.port.in.MasterKeyStatusUseCase;
import kmsecrets.application.port.out.MasterKeyRing;
import kmsecrets.application.port.out.MasterKeyStore;
import kmsecrets.application.port.out.WrappedBlobs;

/** Every master key of the deployment with the number of blobs it wraps. */
public final class MasterKeyStatusService implements MasterKeyStatusUseCase {
    private final MasterKeyRing ring;
    private final MasterKeyStore keys;
    private final WrappedBlobs blobs;

    public MasterKeyStatusService(MasterKeyRing ring, MasterKeyStore keys, WrappedBlobs blobs) {
        this.ring = ring;
        this.keys = keys;
        this.blobs = blobs;
    }

    @Override
    public MasterKeyStatus status(MasterKeyStatusQuery query) {
        Map<String, Long> counts = BlobCensus.byKey(ring, blobs);
        String primary = ring.primaryKeyId();
        List<MasterKeyStatus.Key> listed = new ArrayList<>();
        for (MasterKeyStore.StoredKey key : keys.keys()) {
            listed.add(new MasterKeyStatus.Key(key.keyId(), key.keyId().equals(primary),
                    key.keyId().equals(ring.ownKeyId()), counts.getOrDefault(key.keyId(), 0L)));
        }
        long unknown = counts.entrySet().stream().filter(e -> !ring.heldKeyIds().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new MasterKeyStatus(List.copyOf(listed), unknown);
    }
}
