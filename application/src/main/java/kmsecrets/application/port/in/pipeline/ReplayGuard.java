package kmsecrets.application.port.in.pipeline;

import java.time.Instant;

/**
 * Remembers request nonces per access key, shared by every node, so that a signed request is processed once.
 * A nonce is claimed only by a request that is processed; a request that ends in a throttle or a server fault
 * releases it, so the client's identical retry can still succeed.
 */
public interface ReplayGuard {
    /** True when this is the nonce's first use; it is then kept until {@code keepUntil}. */
    boolean claim(String accessKeyId, String nonce, Instant keepUntil);

    void release(String accessKeyId, String nonce);
}
