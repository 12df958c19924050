package kmsecrets.application.service;

import java.util.List;
import java.util.Optional;
import kmsecrets.application.port.in.RewrapBatch;
import kmsecrets.application.port.in.RewrapBlobsCommand;
import kmsecrets.application.port.in.RewrapBlobsUseCase;
import kmsecrets.application.port.out.MasterKeyRing;
import kmsecrets.application.port.out.WrappedBlobs;
import kmsecrets.application.port.out.WrappedBlobs.Blob;

/** One batch of a master-key rotation: each blob not under the primary key re-wrapped and replaced on its own. */
public final class RewrapBlobsService implements RewrapBlobsUseCase {
    private final MasterKeyRing ring;
    private final WrappedBlobs blobs;

    public RewrapBlobsService(MasterKeyRing ring, WrappedBlobs blobs) {
        this.ring = ring;
        this.blobs = blobs;
    }

    @Override
    public RewrapBatch rewrap(RewrapBlobsCommand command) {
        String primary = ring.primaryKeyId();
        List<Blob> page = blobs.page(command.cursor().map(c -> new WrappedBlobs.Position(
                WrappedBlobs.Kind.valueOf(c.kind()), c.rowId())), command.size());
        int rewrapped = 0;
        int changed = 0;
        for (Blob blob : page) {
            if (ring.keyIdOf(blob.wrapped()).equals(primary)) {
                continue;
            }
            if (blobs.replace(blob, ring.rewrap(blob))) {
                rewrapped++;
            } else {
                changed++;
            }
        }
        Optional<RewrapBatch.Cursor> next = page.size() < command.size() ? Optional.empty()
                : Optional.of(new RewrapBatch.Cursor(page.get(page.size() - 1).kind().name(),
                        page.get(page.size() - 1).rowId()));
        return new RewrapBatch(page.size(), rewrapped, changed, next);
    }
}
