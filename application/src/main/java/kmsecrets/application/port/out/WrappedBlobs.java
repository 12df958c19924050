package kmsecrets.application.port.out;

import java.util.List;
import java.util.Optional;

/**
 * Every blob a master key wraps, wherever it is stored: customer-key material, access-key secrets, database
 * administrators' passwords, the seals of audit checkpoints. A master-key rotation reads them page by page and replaces each with its re-wrapped
 * bytes.
 */
public interface WrappedBlobs {
    /** What a blob protects; with the blob's context id it gives the associated data the blob is bound to. */
    enum Kind { CUSTOMER_KEY_MATERIAL, ACCESS_KEY_SECRET, DB_ADMIN_PASSWORD, AUDIT_CHECKPOINT }

    /** One stored blob: where it is ({@code kind}, {@code rowId}) and what it is bound to ({@code contextId}). */
    record Blob(Kind kind, String rowId, String contextId, byte[] wrapped) {
    }

    /** Where a blob is. */
    record Position(Kind kind, String rowId) {
    }

    /** Up to {@code limit} blobs after {@code after} (in a stable order of kind, then row), or from the first. */
    List<Blob> page(Optional<Position> after, int limit);

    /** Replaces the blob's bytes if they are still {@code blob.wrapped()}; false when it changed or is gone. */
    boolean replace(Blob blob, byte[] rewrapped);
}
