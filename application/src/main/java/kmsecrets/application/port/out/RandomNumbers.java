package kmsecrets.application.port.out;

/** Uniform draws from a cryptographically secure source. */
public interface RandomNumbers {
    /** Uniform in [0, bound), without modulo bias. */
    int below(int bound);

    /** {@code count} random bytes (data keys). */
    byte[] bytes(int count);
}
