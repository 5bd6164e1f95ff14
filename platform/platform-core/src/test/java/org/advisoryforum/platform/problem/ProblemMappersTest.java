package org.advisoryforum.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aDatabaseThatRefusesConnectionsIsA503WithRetryAfterNotA500() {
        Exception refused = new PersistenceException("could not open", new SQLException("Connection refused", "08001"));

        Response response = mappers.unexpected(refused);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        assertThat((String) response.getEntity()).contains("\"code\":\"database_unavailable\"");
    }

    @Test
    void aCommitThatFailedAsThePostmasterDiedIsUnavailable() {
        Exception xa = new Exception(
                "Error trying to transactionCommit local transaction",
                new SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);

        assertThat(Unavailability.isDatabaseUnavailable(
                        new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void aServerShuttingDownOrRecoveringIsUnavailable() {
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("terminating", "57P01")))
                .isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("crash", "57P02")))
                .isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("starting up", "57P03")))
                .isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("I/O error", "08006")))
                .isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLTransientConnectionException("pool")))
                .isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException(
                        "Acquisition timeout while waiting for new connection", new TimeoutException())))
                .isTrue();
    }

    @Test
    void aBugIsStillA500() {
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("syntax error", "42601")))
                .isFalse();
        assertThat(mappers.unexpected(new IllegalStateException("bug")).getStatus())
                .isEqualTo(500);
    }

    @Test
    void aRaceLostToAUniqueKeyIsAConflictWithACode() {
        Response response = mappers.unexpected(new PersistenceException(new SQLException("duplicate key", "23505")));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat((String) response.getEntity()).contains("\"code\":\"concurrent_change\"");
    }

    @Test
    void theLogLineNamesTheStateNotTheMessageWhichMayQuoteData() {
        String reason = Unavailability.reason(new SQLException("key (member_id)=(42) ...", "08006"));

        assertThat(reason).isEqualTo("SQLException SQLState 08006").doesNotContain("member");
    }
}
