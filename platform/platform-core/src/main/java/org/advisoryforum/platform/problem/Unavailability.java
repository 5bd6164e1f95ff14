package org.advisoryforum.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being unreachable (stopped, crashed, restarting, or the pool unable to
 * open a connection in time: Agroal's acquisition timeout), as opposed to a bug: the first is answered 503 with {@code Retry-After}, the second 500.
 */
public final class Unavailability {

    private Unavailability() {
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        return cause(failure) != null;
    }

    /** The class and SQL state of the cause, for one log line: never the message, which may quote data. */
    public static String reason(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return cause.getClass().getSimpleName() + " SQLState " + sql.getSQLState();
        }
        return cause == null ? "unknown" : cause.getClass().getSimpleName();
    }

    private static Throwable cause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())
                    || cause instanceof SQLException && cause.getCause() instanceof java.util.concurrent.TimeoutException
                    || cause instanceof java.net.ConnectException) {
                return cause;
            }
        }
        return null;
    }

    /**
     * SQL states of class 08 (connection exception) and 57P01..57P03 (admin shutdown, crash shutdown, cannot connect
     * now: the server is stopping, recovering from a crash, or starting).
     */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
