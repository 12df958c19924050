package kmsecrets.application.port.out;

/** Fresh identifiers and credentials from a secure random source. */
public interface IdGenerator {
    /** {@code key-} followed by 21 lower-case alphanumerics. */
    String newKeyId();

    /** A further version of a key: {@code <key-id>-} followed by 12 lower-case alphanumerics. */
    String newKeyVersionId(String keyId);

    /** A version id for versions the service creates itself. */
    String newVersionId();

    /** A new access key id. */
    String newAccessKeyId();

    /** A new access key secret (30 alphanumerics, as Alibaba's). */
    String newAccessKeySecret();
}
