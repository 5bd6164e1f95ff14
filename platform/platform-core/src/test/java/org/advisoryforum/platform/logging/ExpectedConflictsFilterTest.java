package org.advisoryforum.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class ExpectedConflictsFilterTest {

    private final ExpectedConflictsFilter filter = new ExpectedConflictsFilter();

    private static LogRecord transactionManagerWarning(Throwable thrown) {
        LogRecord record = new LogRecord(Level.WARNING, "ARJUNA012125: TwoPhaseCoordinator.beforeCompletion - failed");
        record.setLoggerName("com.arjuna.ats.jta");
        record.setThrown(thrown);
        return record;
    }

    @Test
    void aCommitThatLostARaceLogsNoTrace() {
        assertThat(filter.isLoggable(transactionManagerWarning(
                        new PersistenceException(new SQLException("duplicate key", "23505")))))
                .isFalse();
    }

    @Test
    void aCommitCutOffByADatabaseRestartLogsNoTrace() {
        assertThat(filter.isLoggable(transactionManagerWarning(
                        new PersistenceException(new SQLException("terminating connection", "57P01")))))
                .isFalse();
    }

    @Test
    void anUnexpectedCommitFailureKeepsItsTrace() {
        assertThat(filter.isLoggable(transactionManagerWarning(
                        new PersistenceException(new SQLException("value too long", "22001")))))
                .isTrue();
    }

    @Test
    void aRaceLoggedByAnythingElseThanTheTransactionManagerPasses() {
        LogRecord record = transactionManagerWarning(new SQLException("duplicate key", "23505"));
        record.setLoggerName("org.advisoryforum.forum.service.ApplicationService");
        assertThat(filter.isLoggable(record)).isTrue();
    }
}
