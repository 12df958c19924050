package kmsecrets.domain.canary;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/** Deliberately wrong (test sources only): proves the architecture rules report what they forbid. */
public final class DomainBreaksEveryRule {
    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("canary");

    public Object technology() {
        return new ObjectMapper();
    }

    public Object readsTheWorld() {
        return Instant.now().toString() + UUID.randomUUID() + new SecureRandom().nextInt() + System.getenv("HOME");
    }

    public void printsAndLogsBadly() {
        System.out.println("canary");
        JUL.info("canary");
        throw new RuntimeException("canary");
    }

    public Object knowsBootstrap() {
        return kmsecrets.bootstrap.Main.class;
    }
}
