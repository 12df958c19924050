package kmsecrets.bootstrap.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * How long a test may wait for another process, scaled to the machine: a bound that holds on a quiet laptop is
 * stretched by the load on a busy shared machine (load average per core above 1) and by {@code KMS_TEST_PATIENCE}
 * (a factor, default 1) where an operator knows the machine is slow. Bounds are for hangs, never for speed.
 */
final class Patience {
    private Patience() {
    }

    static Duration of(Duration quietMachine) {
        return Duration.ofMillis(Math.round(quietMachine.toMillis() * factor()));
    }

    static double factor() {
        double configured = 1.0;
        String text = System.getenv("KMS_TEST_PATIENCE");
        if (text != null && !text.isBlank()) {
            configured = Math.max(1.0, Double.parseDouble(text.trim()));
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        double busy = load < 0 ? 1.0 : Math.max(1.0, load / cores);
        return configured * busy;
    }
}
