package org.advisoryforum.forum.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.BadInput;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every POST, PUT and DELETE of the forum API under generated bad input (fixed seed): no 5xx, problem+json on
 * every 4xx, and no refused request leaves a row behind in the tables the API writes.
 */
@QuarkusTest
class GeneratedBadInputTest {

    private static final List<String> TABLES =
            List.of("application", "member", "consent_record", "payment_claim", "involvement_feedback");

    @Inject
    EntityManager entityManager;

    @Test
    void thousandsOfMutatedWritesGetNo5xxOnlyProblemJsonAndLeaveNothingHalfWritten() {
        String staff = Tokens.accessToken("sam");
        String admin = Tokens.accessToken("ada");
        TestUsers.Person member = Forum.newMember("mutated-member", 3);
        TestUsers.Person applicant = TestUsers.create("mutated-applicant");
        TestUsers.Person pending = TestUsers.create("mutated-pending");
        String pendingApplication = Forum.apply(pending, Forum.application("Pending person"));
        Map<String, Object> activity = Map.of(
                "kind",
                "MEETING",
                "description",
                "Induction",
                "durationMinutes",
                60,
                "occurredAt",
                Instant.now().minusSeconds(3600).toString());
        String activityId = given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .body(activity)
                .post("/api/forum/members/" + member.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> claim =
                Map.of("activityId", activityId, "type", "EXPENSES", "amount", 12.50, "description", "Train fare");
        String claimId = given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body(claim)
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> profile = Forum.profile("Mutated member", 3);
        profile.put("accessibilityOther", "Step-free access");
        Map<String, Object> application = new HashMap<>(Forum.application("Mutated applicant"));
        application.put("accessibilityOther", "Step-free access");
        String m = "/api/forum/members/";
        List<BadInput.Operation> operations = List.of(
                BadInput.Operation.of("POST", "/api/forum/applications", applicant.token(), application),
                BadInput.Operation.of(
                        "POST",
                        "/api/forum/applications/" + pendingApplication + "/decision",
                        staff,
                        Map.of("decision", "DECLINE", "reason", "Not this time")),
                BadInput.Operation.of("PUT", m + "me", member.token(), profile),
                BadInput.Operation.of(
                        "PUT",
                        m + "me/consents",
                        member.token(),
                        Map.of("quote", "NAMED", "contactByEmail", true, "useInStatistics", false)),
                BadInput.Operation.of("POST", m + "me/claims", member.token(), claim),
                BadInput.Operation.of(
                        "PUT",
                        m + "me/involvement/" + activityId + "/feedback",
                        member.token(),
                        Map.of("timeTaken", "UP_TO_1_HOUR", "worthIt", "PARTLY", "feltHeard", "YES")),
                BadInput.Operation.of("POST", m + "me/leave", member.token(), null),
                BadInput.Operation.of("DELETE", m + "me", member.token(), null),
                BadInput.Operation.of(
                        "POST",
                        "/api/forum/claims/" + claimId + "/decision",
                        staff,
                        Map.of("decision", "REJECT", "reason", "No receipt")),
                BadInput.Operation.of(
                        "PUT",
                        m + member.id(),
                        staff,
                        Map.of(
                                "termStart",
                                "2026-01-01",
                                "termEnd",
                                "2028-12-31",
                                "ceasedOn",
                                "2029-01-01",
                                "position",
                                "MEMBER")),
                BadInput.Operation.of("DELETE", m + member.id(), admin, null),
                BadInput.Operation.of("POST", m + member.id() + "/activities", staff, activity));

        List<BadInput.Mutation> mutations = BadInput.generate(operations, 5L, 1500);
        String people = "'" + member.id() + "', '" + applicant.id() + "', '" + pending.id() + "'";
        BadInput.Outcome outcome = BadInput.run(mutations, () -> state(people));

        System.out.println("generated bad input: " + outcome);
        assertThat(outcome.sent()).isGreaterThanOrEqualTo(1000);
        assertThat(outcome.refusedAsInvalid())
                .as("most mutations reach validation")
                .isGreaterThan(outcome.sent() / 2);
        assertThat(outcome.failures()).as("%s", outcome).isEmpty();
    }

    private String state(String people) {
        StringBuilder sql = new StringBuilder("select concat_ws('/'");
        for (String table : TABLES) {
            sql.append(", (select count(*) from ").append(table).append(')');
        }
        sql.append(", (select count(*) from involvement where member_id in (")
                .append(people)
                .append("))")
                .append(", (select count(*) from outbox_event where aggregate_id in (")
                .append(people)
                .append(")))");
        return QuarkusTransaction.requiringNew().call(() ->
                (String) entityManager.createNativeQuery(sql.toString()).getSingleResult());
    }
}
