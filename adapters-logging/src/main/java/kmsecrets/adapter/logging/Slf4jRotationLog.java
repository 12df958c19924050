package kmsecrets.adapter.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import kmsecrets.application.port.out.RotationLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotations in the service log (the secret, the version, the outcome; never a credential), and counted by secret
 * type, outcome and trigger since start, for the metrics to read ({@link #count}).
 */
public final class Slf4jRotationLog implements RotationLog {
    private static final Logger LOG = LoggerFactory.getLogger("kmsecrets.rotation");
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void succeeded(String secretArn, String secretType, String versionId, boolean automatic) {
        LOG.info("RotateSecret:Success {} ({}): new version {} is ACSCurrent", secretArn, kind(automatic), versionId);
        counter(secretType, true, automatic).increment();
    }

    @Override
    public void failed(String secretArn, String secretType, boolean automatic, String reason,
                       String automaticRotation) {
        LOG.warn("RotateSecret:Failure {} ({}): {}; labels unchanged{}", secretArn, kind(automatic), reason,
                automaticRotation.isEmpty() ? "" : ", AutomaticRotation " + automaticRotation);
        counter(secretType, false, automatic).increment();
    }

    /** Rotations of secrets of {@code secretType} with this outcome and trigger since this process started. */
    public long count(String secretType, boolean success, boolean automatic) {
        LongAdder counter = counts.get(key(secretType, success, automatic));
        return counter == null ? 0 : counter.sum();
    }

    private LongAdder counter(String secretType, boolean success, boolean automatic) {
        return counts.computeIfAbsent(key(secretType, success, automatic), k -> new LongAdder());
    }

    private static String key(String secretType, boolean success, boolean automatic) {
        return secretType + (success ? "/success" : "/failure") + (automatic ? "/automatic" : "/manual");
    }

    private static String kind(boolean automatic) {
        return automatic ? "automatic" : "RotateSecret";
    }
}
