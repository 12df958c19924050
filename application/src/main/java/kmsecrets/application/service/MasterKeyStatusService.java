package kmsecrets.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.in.MasterKeyStatus;
import kmsecrets.application.port.in.MasterKeyStatusQuery;
import kmsecrets.application.port.in.MasterKeyStatusUseCase;
import kmsecrets.application.port.out.MasterKeyRing;
import kmsecrets.application.port.out.MasterKeyStore;
import kmsecrets.application.port.out.WrappedBlobs;

/** Counts, page by page, the blobs each master key wraps. */
public final class MasterKeyStatusService implements MasterKeyStatusUseCase {
    private static final int PAGE = 1_000;

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
        Map<String, Long> counts = new HashMap<>();
        Optional<WrappedBlobs.Position> after = Optional.empty();
        List<WrappedBlobs.Blob> page;
        do {
            page = blobs.page(after, PAGE);
            for (WrappedBlobs.Blob blob : page) {
                counts.merge(ring.keyIdOf(blob.wrapped()), 1L, Long::sum);
                after = Optional.of(new WrappedBlobs.Position(blob.kind(), blob.rowId()));
            }
        } while (page.size() == PAGE);
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
