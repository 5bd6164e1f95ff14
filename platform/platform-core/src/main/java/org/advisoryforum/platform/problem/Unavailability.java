package org.advisoryforum.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure caused by the database being unreachable (stopped, crashed, restarting, or the pool unable to
 * open a connection in time: Agroal's acquisition timeout), as opposed to a bug: the first is answered 503 with {@code Retry-After}, the second 500.
 */
public final class Unavailability {

    private Unavailability() {}

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

    /**
     * Looks through the causes and what they suppressed: a commit that failed because the server died is a
     * RollbackException whose SQL error is a suppressed XAException's cause (found by FaultSuiteIT).
     */
    private static Throwable cause(Throwable failure) {
        java.util.Deque<Throwable> toSee = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (failure != null) {
            toSee.add(failure);
        }
        while (!toSee.isEmpty()) {
            Throwable cause = toSee.poll();
            if (!seen.add(cause)) {
                continue;
            }
            if (cause.getCause() != null) {
                toSee.add(cause.getCause());
            }
            toSee.addAll(java.util.List.of(cause.getSuppressed()));
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())
                    || cause instanceof SQLException
                            && cause.getCause() instanceof java.util.concurrent.TimeoutException
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
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
