package kmsecrets.bootstrap.wiring;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration contract: environment variables with their documented defaults. Variable names are part of
 * the contract (the README's first configuration table) and never change.
 */
public record Config(String httpHost, int httpPort, int httpsPort, Optional<Path> tlsKeystore,
                     Optional<String> tlsKeystorePassword, String dbUrl, String dbUser, String dbPassword,
                     String region, Optional<String> accountId, Path masterKeyFile,
                     Optional<InlineMasterKey> inlineMasterKey, Optional<String> rootAccessKeyId,
                     Optional<String> rootAccessKeySecret, Path dataDir, long secretQuota, double throttleRps,
                     int httpThreads, int dbPoolSize, int purgeIntervalSeconds, long keyVersionMinIntervalSeconds,
                     int keyRotationCheckSeconds, int rotationCheckSeconds, int rotationLeaseSeconds,
                     int rotationRetrySeconds, int rotationMaxFailures, int rotateSecretHourlyLimit,
                     int dbStartWaitSeconds, Optional<Integer> auditRetentionDays) {

    /** {@code KMS_DB_URL}'s default: a private PostgreSQL in {@code KMS_DATA_DIR/pg} (see {@link Store}). */
    public static final String EMBEDDED = "embedded";

    public static Config fromEnvironment(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("KMS_DATA_DIR", "data"));
        return new Config(
                env.getOrDefault("KMS_HTTP_HOST", "127.0.0.1"),
                integer(env, "KMS_HTTP_PORT", 8080),
                integer(env, "KMS_HTTPS_PORT", 8443),
                optional(env, "KMS_TLS_KEYSTORE").map(Path::of),
                optional(env, "KMS_TLS_KEYSTORE_PASSWORD"),
                optional(env, "KMS_DB_URL").orElse(EMBEDDED),
                env.getOrDefault("KMS_DB_USER", "postgres"),
                env.getOrDefault("KMS_DB_PASSWORD", ""),
                env.getOrDefault("KMS_REGION", "cn-hangzhou"),
                optional(env, "KMS_ACCOUNT_ID"),
                optional(env, "KMS_MASTER_KEY_FILE").map(Path::of).orElse(dataDir.resolve("master.key")),
                optional(env, "KMS_MASTER_KEY").map(InlineMasterKey::new),
                optional(env, "KMS_ROOT_ACCESS_KEY_ID"),
                optional(env, "KMS_ROOT_ACCESS_KEY_SECRET"),
                dataDir,
                integer(env, "KMS_SECRET_QUOTA", 100_000),
                integer(env, "KMS_THROTTLE_RPS", 5_000),
                integer(env, "KMS_HTTP_THREADS", 24),
                integer(env, "KMS_DB_POOL_SIZE", 16),
                integer(env, "KMS_PURGE_INTERVAL_SECONDS", 60),
                integer(env, "KMS_KEY_VERSION_MIN_INTERVAL_SECONDS", 7 * 24 * 3600),
                integer(env, "KMS_KEY_ROTATION_CHECK_SECONDS", 60),
                integer(env, "KMS_ROTATION_CHECK_SECONDS", 30),
                integer(env, "KMS_ROTATION_LEASE_SECONDS", 300),
                integer(env, "KMS_ROTATION_RETRY_SECONDS", 60),
                integer(env, "KMS_ROTATION_MAX_FAILURES", 3),
                integer(env, "KMS_ROTATE_SECRET_HOURLY_LIMIT", 50),
                integer(env, "KMS_DB_START_WAIT_SECONDS", 300),
                optional(env, "KMS_AUDIT_RETENTION_DAYS").map(days -> positive("KMS_AUDIT_RETENTION_DAYS", days)));
    }

    /**
     * The master key given as {@code KMS_MASTER_KEY} (32 bytes in Base64), for container platforms that hand secrets
     * over as environment variables; it wins over {@code KMS_MASTER_KEY_FILE}. Never shown.
     */
    public record InlineMasterKey(String base64) {
        @Override
        public String toString() {
            return "InlineMasterKey[redacted]";
        }
    }

    /** The settings without their secrets (database and keystore passwords, root key secret, inline master key). */
    @Override
    public String toString() {
        return "Config[http=" + httpHost + ":" + httpPort + ", https=" + httpsPort + ", db=" + dbUrl + " as " + dbUser
                + ", region=" + region + ", masterKey=" + masterKeySource() + ", dataDir=" + dataDir
                + ", rootAccessKeyId=" + rootAccessKeyId.orElse("-") + ", auditRetentionDays="
                + auditRetentionDays.map(String::valueOf).orElse("forever") + "]";
    }

    /** Where the master key comes from, for messages: the variable's name or the file's path, never the key. */
    public String masterKeySource() {
        return inlineMasterKey.isPresent() ? "KMS_MASTER_KEY" : masterKeyFile.toString();
    }

    /** Whether the data lives in the embedded single-node PostgreSQL rather than a server of the operator's. */
    public boolean embeddedStore() {
        return EMBEDDED.equals(dbUrl);
    }

    /** How long start-up waits for a PostgreSQL server that cannot be reached yet. */
    public java.time.Duration dbStartWait() {
        return java.time.Duration.ofSeconds(dbStartWaitSeconds);
    }

    private static Optional<String> optional(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private static int positive(String name, String text) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new StartupFailure(name + " must be a whole number of days, at least 1 (unset: keep forever)");
    }

    private static int integer(Map<String, String> env, String name, int absent) {
        Optional<String> text = optional(env, name);
        if (text.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.get().trim());
        } catch (NumberFormatException e) {
            throw new StartupFailure(name + " must be an integer, not \"" + text.get().trim() + "\"");
        }
    }
}
