package kmsecrets.adapter.rest;

/**
 * A stand-in for an unexpected exception in the log: its types and stack frames, never its messages, which may
 * quote request values (a driver echoing a parameter, a parser quoting its input).
 */
final class Redacted extends RuntimeException {
    private Redacted(Throwable original, Throwable cause) {
        super(original.getClass().getName() + sqlState(original), cause, false, true);
        setStackTrace(original.getStackTrace());
    }

    /** SQLState codes name the kind of failure (23505, 40P01, ...) and never carry values: keep them. */
    private static String sqlState(Throwable t) {
        return t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                ? " (SQLState " + sql.getSQLState() + ")" : "";
    }

    static Redacted of(Throwable original) {
        Throwable cause = original.getCause() == null || original.getCause() == original
                ? null : of(original.getCause());
        return new Redacted(original, cause);
    }
}
