package kmsecrets.application.canary;

/** Deliberately wrong: a use case that knows a persistence library. */
public final class CanaryApplicationUsesJdbi {
    public Class<?> technology() {
        return org.jdbi.v3.core.Jdbi.class;
    }
}
