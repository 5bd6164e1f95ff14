package org.advisoryforum.platform.logging;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.advisoryforum.platform.problem.Conflicts;
import org.advisoryforum.platform.problem.Unavailability;

/**
 * Drops the transaction manager's warning, with its full stack trace, when a commit failed only because the write lost
 * a race (unique key, optimistic version) or because the database was unreachable: the caller gets 409
 * {@code concurrent_change} or 503 {@code database_unavailable}, and {@code ProblemMappers} logs the one line. Under
 * load such races had logged thousands of traces, and a PostgreSQL restart one per request in flight. Every other
 * record, including unexpected failures of a commit, passes unchanged.
 */
@LoggingFilter(name = "platform-expected-conflicts")
public final class ExpectedConflictsFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        return !(record.getLoggerName() != null
                && record.getLoggerName().startsWith("com.arjuna")
                && record.getThrown() != null
                && (Conflicts.isConcurrentConflict(record.getThrown())
                        || Unavailability.isDatabaseUnavailable(record.getThrown())));
    }
}
