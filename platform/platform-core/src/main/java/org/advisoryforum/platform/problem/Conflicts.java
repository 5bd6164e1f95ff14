package org.advisoryforum.platform.problem;

/** Recognises a write that lost a race with another one: an expected refusal (409), not an error. */
public final class Conflicts {

    private Conflicts() {}

    /** A unique key or an optimistic version check refused a write that raced with another one. */
    public static boolean isConcurrentConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())
                    || cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException violation
                            && "23505".equals(violation.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
