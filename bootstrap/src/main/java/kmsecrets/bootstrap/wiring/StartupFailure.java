package kmsecrets.bootstrap.wiring;

/**
 * A start that cannot succeed as configured: said in one line naming the setting to change, with the stack trace
 * only at debug level.
 */
public final class StartupFailure extends RuntimeException {
    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
