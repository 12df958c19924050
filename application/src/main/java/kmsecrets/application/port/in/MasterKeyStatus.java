package kmsecrets.application.port.in;

import java.util.List;

/** The deployment's master keys, oldest first, and the blobs that no key this node holds can open. */
public record MasterKeyStatus(List<Key> keys, long blobsOfUnknownKeys) {
    /**
     * A master key: its id, whether it is primary, whether it is this node's own (its file), how many blobs it
     * wraps, and whether it may be destroyed: not primary and wrapping nothing (after {@code master-key retire}).
     */
    public record Key(String keyId, boolean primary, boolean own, long blobs) {
        public boolean mayBeRetired() {
            return !primary && blobs == 0;
        }
    }
}
