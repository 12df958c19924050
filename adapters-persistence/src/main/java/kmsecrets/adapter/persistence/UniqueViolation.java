package kmsecrets.adapter.persistence;

import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation (SQLState 23505) in a storage exception's causes. */
final class UniqueViolation {
    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
