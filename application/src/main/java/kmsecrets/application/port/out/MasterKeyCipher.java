package kmsecrets.application.port.out;

import kmsecrets.domain.secret.SecretValue;

/** Protects small credentials (access key secrets) directly under the master key, bound to a context. */
public interface MasterKeyCipher {
    byte[] wrap(SecretValue plaintext, String context);

    SecretValue unwrap(byte[] wrapped, String context);

    /** The context an access key's secret is wrapped under. */
    static String accessKeyContext(String accessKeyId) {
        return "access-key:" + accessKeyId;
    }

    /** The context the administrator password of database instance {@code id} is wrapped under. */
    static String dbInstanceContext(String id) {
        return "db-instance:" + id;
    }

    /** The context the seal of the audit checkpoint at chain {@code position} is wrapped under. */
    static String auditCheckpointContext(long position) {
        return "audit-checkpoint:" + position;
    }
}
