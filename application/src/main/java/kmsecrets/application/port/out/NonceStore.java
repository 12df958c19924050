package kmsecrets.application.port.out;

import java.time.Instant;

/** Used request nonces, shared by every node and forgotten once their request can no longer be replayed. */
public interface NonceStore {
    /** Records the nonce; false when it was recorded already. */
    boolean claim(String accessKeyId, String nonce, Instant keepUntil);

    void release(String accessKeyId, String nonce);

    /** Forgets nonces kept until before {@code now}; returns how many. */
    int purgeExpired(Instant now);
}
