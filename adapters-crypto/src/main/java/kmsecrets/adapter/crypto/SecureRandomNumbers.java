package kmsecrets.adapter.crypto;

import java.security.SecureRandom;
import kmsecrets.application.port.out.RandomNumbers;

/** Uniform draws from SecureRandom; {@code nextInt(bound)} rejects out-of-range samples, so there is no modulo bias. */
public final class SecureRandomNumbers implements RandomNumbers {
    private final SecureRandom random;

    public SecureRandomNumbers(SecureRandom random) {
        this.random = random;
    }

    @Override
    public int below(int bound) {
        return random.nextInt(bound);
    }

    @Override
    public byte[] bytes(int count) {
        byte[] out = new byte[count];
        random.nextBytes(out);
        return out;
    }
}
