package kmsecrets.adapter.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import kmsecrets.application.port.out.NonceStore;

/**
 * Request nonces in an UNLOGGED table: one INSERT ... ON CONFLICT DO NOTHING per request, which is both the
 * check and the claim, atomically across nodes.
 */
public final class JdbiNonceStore implements NonceStore {
    private final JdbiSession session;

    public JdbiNonceStore(JdbiSession session) {
        this.session = session;
    }

    @Override
    public boolean claim(String accessKeyId, String nonce, Instant keepUntil) {
        return session.alone(handle -> handle.createUpdate("insert into request_nonces (access_key_id, nonce, "
                        + "keep_until) values (:key, :nonce, :until) on conflict do nothing")
                .bind("key", accessKeyId).bind("nonce", nonce).bind("until", Timestamp.from(keepUntil))
                .execute()) == 1;
    }

    @Override
    public void release(String accessKeyId, String nonce) {
        session.alone(handle -> handle.createUpdate("delete from request_nonces where access_key_id = :key "
                + "and nonce = :nonce").bind("key", accessKeyId).bind("nonce", nonce).execute());
    }

    @Override
    public int purgeExpired(Instant now) {
        return session.alone(handle -> handle.createUpdate("delete from request_nonces where keep_until < :now")
                .bind("now", Timestamp.from(now)).execute());
    }
}
