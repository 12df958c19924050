package kmsecrets.application.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kmsecrets.application.port.out.MasterKeyRing;
import kmsecrets.application.port.out.WrappedBlobs;

/** Counts, page by page, the stored blobs each master key wraps (by the key id each blob names). */
final class BlobCensus {
    private static final int PAGE = 1_000;

    private BlobCensus() {
    }

    static Map<String, Long> byKey(MasterKeyRing ring, WrappedBlobs blobs) {
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
        return counts;
    }
}
