package org.advisoryforum.forum.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.outbox.Outbox;
import org.advisoryforum.platform.test.tracing.InMemorySpans;
import org.advisoryforum.platform.test.tracing.Traces;
import org.junit.jupiter.api.Test;

/**
 * Tracing through forum-service's outbox (issue 14), on the real PostgreSQL, Kafka and Keycloak: a staff decision's
 * request and the forum.member.v1 event it writes are one trace (the record's W3C traceparent, under the relay's
 * producer span), and a consumer of this service continues the trace of what the outbox sent, its log line showing the
 * trace id. Spans are read from platform-test's in-memory exporter.
 */
@QuarkusTest
class TracingTest {

    private static final String MEMBERS = "forum.member.v1";
    private static final String OUTCOMES = "tracking.outcome.v1";

    @Inject
    InMemorySpans spans;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    Outbox outbox;

    @Test
    void anApprovalsRequestAndTheJoinedEventItWritesAreOneTrace() {
        TestUsers.Person person = TestUsers.create("traced");
        String application = Forum.apply(person, Forum.application("Traced " + person.username()));

        Forum.decide(application, Map.of("decision", "APPROVE"));

        Traces.assertARequestsEventCarriesItsTrace(
                spans,
                "POST",
                "/api/forum/applications/" + application + "/decision",
                MEMBERS,
                r -> person.id().toString().equals(r.key())
                        && Traces.header(r, "ce_type").equals("joined"));
    }

    @Test
    void aConsumerContinuesTheTraceOfTheEventThatTheOutboxSentAndItsLogLineShowsIt() {
        String consultation = UUID.randomUUID().toString();
        // a type this service's tracking.outcome.v1 consumer ignores: only the trace is under test here
        Traces.assertAConsumerContinuesTheTraceOfAnOutboxEvent(
                spans,
                openTelemetry,
                OUTCOMES,
                type -> QuarkusTransaction.requiringNew()
                        .run(() -> outbox.publish(
                                OUTCOMES, type, 1, consultation, Map.of("consultationId", consultation))));
    }
}
