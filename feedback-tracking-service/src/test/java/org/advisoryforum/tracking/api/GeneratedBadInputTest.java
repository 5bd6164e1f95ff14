package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.BadInput;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.Scenario;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every POST and PUT of the tracking API under generated bad input (fixed seed): no 5xx, problem+json on every 4xx, and
 * no refused request leaves a row behind in the tables the API writes.
 */
@QuarkusTest
class GeneratedBadInputTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Test
    void thousandsOfMutatedWritesGetNo5xxOnlyProblemJsonAndLeaveNothingHalfWritten() {
        String staff = Tokens.accessToken("sam");
        String member = Tokens.accessToken("amara");
        Scenario consultation = new Scenario(bootstrapServers).published("Generated bad input");
        Scenario.Respondent r = consultation.respond(
                UUID.randomUUID(),
                List.of("CARER"),
                "WALES",
                true,
                "NONE",
                null,
                Scenario.answer("q1", "SCALE", null, 3));
        Scenario.Respondent quoted = consultation.respond(
                UUID.randomUUID(),
                List.of("CARER"),
                "WALES",
                true,
                "ANONYMOUS",
                null,
                Scenario.answer("q2", "FREE_TEXT", null, "Write to carers before the meeting, not after it."));
        UUID keyPoint = consultation.keyPoint("A key point", r, r.input("q1"));
        db.awaitProcessed(consultation.eventIds());
        Map<String, Object> action = Map.of(
                "consultationId",
                consultation.consultationId.toString(),
                "keyPointIds",
                List.of(keyPoint.toString()),
                "description",
                "Write to carers first",
                "status",
                "AGREED",
                "reason",
                "Agreed with the team",
                "owner",
                "Policy team",
                "dueDate",
                "2027-03-31",
                "reviewDate",
                "2027-09-30",
                "evidence",
                Map.of("documentUrl", "https://example.org/policy"));
        String id = given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body(action)
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<BadInput.Mutation> mutations = BadInput.generate(
                List.of(
                        BadInput.Operation.of("POST", "/api/tracking/actions", staff, action),
                        BadInput.Operation.of(
                                "POST",
                                "/api/tracking/actions/" + id + "/status",
                                staff,
                                Map.of("status", "NOT_ADOPTED", "reason", "Not in our remit")),
                        BadInput.Operation.of(
                                "POST",
                                "/api/tracking/actions/" + id + "/confirmations",
                                member,
                                Map.of("verdict", "REFLECTS", "comment", "This is what we said")),
                        BadInput.Operation.of(
                                "POST",
                                "/api/tracking/moderation/" + quoted.input("q2").id() + "/decision",
                                staff,
                                Map.of(
                                        "decision",
                                        "REDACT",
                                        "redactions",
                                        List.of(Map.of("start", 0, "end", 5, "reason", "OFFENSIVE")))),
                        BadInput.Operation.of(
                                "POST",
                                "/api/tracking/safeguarding/flags",
                                staff,
                                Map.of(
                                        "inputId",
                                        r.input("q1").id().toString(),
                                        "concern",
                                        "Says they are not safe at home")),
                        BadInput.Operation.of(
                                "PUT",
                                "/api/tracking/consultations/" + consultation.consultationId + "/outcome-due",
                                staff,
                                Map.of("outcomeDueBy", "2027-04-30"))),
                11L,
                1200);
        String scope = "'" + consultation.consultationId + "'";
        BadInput.Outcome outcome = BadInput.run(
                mutations,
                () -> db.count("select count(*) from action")
                        + "/" + db.count("select count(*) from action_key_point")
                        + "/" + db.count("select count(*) from action_status_change")
                        + "/" + db.count("select count(*) from confirmation")
                        + "/" + db.count("select count(*) from outbox_event where aggregate_id = " + scope)
                        + "/" + db.count("select count(*) from moderation_decision")
                        + "/" + db.count("select count(*) from quote_redaction")
                        + "/" + db.count("select count(*) from safeguarding_flag")
                        + "/"
                        + db.text("select coalesce(outcome_due_by::text, '-') from tracked_consultation where id = "
                                + scope));

        System.out.println("generated bad input: " + outcome);
        assertThat(outcome.sent()).isGreaterThanOrEqualTo(1000);
        assertThat(outcome.refusedAsInvalid())
                .as("most mutations reach validation")
                .isGreaterThan(outcome.sent() / 2);
        assertThat(outcome.failures()).as("%s", outcome).isEmpty();
    }
}
