package kmsecrets.application.port.out;

import java.util.concurrent.atomic.AtomicInteger;

/** Test double: predictable identifiers. */
public final class FixedIds implements IdGenerator {
    private final AtomicInteger next = new AtomicInteger();

    @Override
    public String newKeyId() {
        return String.format("key-%021d", next.incrementAndGet());
    }

    @Override
    public String newKeyVersionId(String keyId) {
        return keyId + "-" + next.incrementAndGet();
    }

    @Override
    public String newVersionId() {
        return "generated-" + next.incrementAndGet();
    }

    @Override
    public String newAccessKeyId() {
        return "LTAIfixed" + next.incrementAndGet();
    }

    @Override
    public String newAccessKeySecret() {
        return String.format("fixed-secret-%018d", next.incrementAndGet());
    }
}
