package kmsecrets.adapter.logging;

import kmsecrets.application.port.out.RotationLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rotations in the service log: the secret, the version, the outcome; never a credential. */
public final class Slf4jRotationLog implements RotationLog {
    private static final Logger LOG = LoggerFactory.getLogger("kmsecrets.rotation");

    @Override
    public void succeeded(String secretArn, String versionId, boolean automatic) {
        LOG.info("RotateSecret:Success {} ({}): new version {} is ACSCurrent", secretArn, kind(automatic), versionId);
    }

    @Override
    public void failed(String secretArn, boolean automatic, String reason, String automaticRotation) {
        LOG.warn("RotateSecret:Failure {} ({}): {}; labels unchanged{}", secretArn, kind(automatic), reason,
                automaticRotation.isEmpty() ? "" : ", AutomaticRotation " + automaticRotation);
    }

    private static String kind(boolean automatic) {
        return automatic ? "automatic" : "RotateSecret";
    }
}
