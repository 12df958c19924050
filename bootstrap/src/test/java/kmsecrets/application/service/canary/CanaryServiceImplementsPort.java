package kmsecrets.application.service.canary;

import kmsecrets.application.port.out.IdGenerator;

/** Deliberately wrong: an outbound port implemented in the core instead of a driven adapter. */
public abstract class CanaryServiceImplementsPort implements IdGenerator {
    @Override
    public String newVersionId() {
        return "canary";
    }
}
