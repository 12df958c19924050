package kmsecrets.domain.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain over sealed events: each link is SHA-256(previous link || event). Changing any sealed event, or
 * removing one, breaks every link from there on.
 */
public final class AuditChain {
    /** The link before the first event. */
    public static final byte[] GENESIS = new byte[32];

    private AuditChain() {
    }

    public static byte[] link(byte[] previous, AuditEvent event) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(event.canonical());
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }
}
