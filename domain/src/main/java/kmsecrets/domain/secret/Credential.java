package kmsecrets.domain.secret;

/**
 * What one version of a managed secret holds: an account on the target and the secret material that proves it
 * (a password, an access key pair, a key pair). Implementations are records whose {@code toString} never shows
 * the secret material.
 */
public interface Credential {
    /** The account (user) on the target this credential belongs to. */
    String account();
}
