package kmsecrets.adapter.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.sql.Timestamp;
import java.time.Instant;
import kmsecrets.application.port.out.NonceStore;

/**
 * Request nonces in an UNLOGGED table: INSERT ... ON CONFLICT DO NOTHING is both the check and the claim, atomically
 * across nodes. The claims of concurrent requests share one statement (group commit, {@link GroupCommit}); a nonce
 * named twice in one batch is claimed by its first request only.
 */
public final class JdbiNonceStore implements NonceStore {
    private final JdbiSession session;
    private final GroupCommit<Claim, Boolean> claims;

    private record Claim(String accessKeyId, String nonce, Instant keepUntil) {
    }

    public JdbiNonceStore(JdbiSession session) {
        this.session = session;
        this.claims = new GroupCommit<>("kms-nonce-writer", this::claimAll);
    }

    /** The nonce claims written so far, batched (for the metrics). */
    public WriteStats writeStats() {
        return claims.stats();
    }

    @Override
    public boolean claim(String accessKeyId, String nonce, Instant keepUntil) {
        return claims.submit(new Claim(accessKeyId, nonce, keepUntil));
    }

    private List<Boolean> claimAll(List<Claim> batch) {
        Set<List<String>> claimed = new HashSet<>(session.alone(handle -> handle.createQuery(
                        "insert into request_nonces (access_key_id, nonce, keep_until) "
                        + "select * from unnest(cast(:keys as text[]), cast(:nonces as text[]), "
                        + "cast(cast(:untils as text[]) as timestamptz[])) on conflict do nothing returning access_key_id, nonce")
                .bindArray("keys", String.class, batch.stream().map(Claim::accessKeyId).toList())
                .bindArray("nonces", String.class, batch.stream().map(Claim::nonce).toList())
                .bindArray("untils", String.class, batch.stream().map(c -> c.keepUntil().toString()).toList())
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2))).list()));
        List<Boolean> answers = new ArrayList<>(batch.size());
        for (Claim c : batch) {
            // the first request of the batch that names a fresh nonce gets it; a repeat in the same batch does not
            answers.add(claimed.remove(List.of(c.accessKeyId(), c.nonce())));
        }
        return answers;
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
