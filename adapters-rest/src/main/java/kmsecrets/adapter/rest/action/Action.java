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
}
