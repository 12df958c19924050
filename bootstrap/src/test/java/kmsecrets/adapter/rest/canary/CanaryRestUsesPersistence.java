package kmsecrets.adapter.rest.canary;

/** Deliberately wrong: one adapter depending on another. */
public final class CanaryRestUsesPersistence {
    public Class<?> other() {
        return kmsecrets.adapter.persistence.JdbiSession.class;
    }
}
