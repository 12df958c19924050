package kmsecrets.adapter.rest.action;

/** One Alibaba operation: reads its parameters, calls its use case and returns the reply record to render. */
public interface Action {
    /** The Action name on the wire, e.g. {@code CreateSecret}. */
    String name();

    Object handle(Call call);

    /** True for operations that change nothing: their audit event may commit without waiting for the disk. */
    default boolean readOnly() {
        return false;
    }

    /**
     * True for operations that commit in several steps of their own (RotateSecret commits its intent before it
     * changes a database account): they never run inside one request-wide transaction, and their audit event is
     * recorded after they return, as a read's is.
     */
    default boolean commitsInSteps() {
        return false;
    }
}
