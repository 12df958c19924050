package kmsecrets.application.port.in;

/** How a call's work and its audit event reach the store; declared by each {@link UseCase}. */
public enum Commit {
    /** The work runs inside one transaction with its success event: both commit, or neither. */
    WITH_EVENT,
    /**
     * The work runs first, outside any request-wide transaction, and its success event commits after it, before the
     * reply leaves: for reads, which have nothing to commit, and for work that commits in steps of its own
     * (RotateSecret commits its intent before it changes a database account).
     */
    AFTER_WORK
}
