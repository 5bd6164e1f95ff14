package org.advisoryforum.consultation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.advisoryforum.platform.test.BadInput;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every POST, PUT and DELETE of the consultation API under generated bad input (fixed seed): no 5xx, problem+json
 * on every 4xx, and no refused request leaves a row behind in the tables the API writes.
 */
@QuarkusTest
class GeneratedBadInputTest {

    private static final List<String> TABLES = List.of(
            "consultation",
            "draft_section",
            "draft_version",
            "question",
            "key_point",
            "key_point_input",
            "response",
            "answer",
            "section_comment");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void thousandsOfMutatedWritesGetNo5xxOnlyProblemJsonAndLeaveNothingHalfWritten() {
        String staff = Fixture.staff();
        String member = Tokens.accessToken("amara");
        Fixture.memberJoined(bootstrapServers, "amara", "\"CARER\"", "ANONYMOUS");
        String memberId = Fixture.memberId("amara");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from member_snapshot where member_id = '" + memberId + "'") == 1);
        String draft =
                Fixture.create("Generated bad input (draft)", Instant.now().plus(Duration.ofDays(30)));
        String open = Fixture.open("Generated bad input (open)", Instant.now().plus(Duration.ofDays(30)));
        Map<String, Object> consultation = Map.of(
                "title",
                "A consultation",
                "summary",
                "What it is about",
                "plainLanguageSummary",
                "In short",
                "kind",
                "GUIDANCE",
                "audience",
                "MEMBERS",
                "accountableTeam",
                "Policy team",
                "opensAt",
                Instant.now().plus(Duration.ofDays(1)).toString(),
                "closesAt",
                Instant.now().plus(Duration.ofDays(20)).toString());
        Map<String, Object> sections = Map.of(
                "sections",
                List.of(Map.of(
                        "key",
                        "first-contact",
                        "heading",
                        "First contact",
                        "text",
                        "At the first meeting the social worker explains their role.")),
                "note",
                "First version");
        Map<String, Object> questions = Map.of(
                "questions",
                List.of(
                        Map.of(
                                "key",
                                "q1",
                                "type",
                                "SCALE",
                                "section",
                                "first-contact",
                                "required",
                                true,
                                "text",
                                "How clear is it?",
                                "scale",
                                Map.of("min", 1, "max", 5, "minLabel", "Not clear", "maxLabel", "Very clear")),
                        Map.of(
                                "key",
                                "q2",
                                "type",
                                "SINGLE_CHOICE",
                                "required",
                                false,
                                "text",
                                "Does it reflect partnership?",
                                "options",
                                List.of("Yes", "No"),
                                "maxLength",
                                200,
                                "showIf",
                                Map.of("question", "q1", "equals", "1"))));
        Map<String, Object> response = Map.of(
                "answers",
                Map.of("q1", 2, "q2", "Plain words, please", "q3", List.of("Offer an advocate"), "q4", "Partly"),
                "sectionComments",
                Map.of("information", "Say it in writing too"),
                "attribution",
                "ANONYMOUS",
                "linkedAnswers",
                Map.of());
        String c = "/api/consultations/";
        List<BadInput.Operation> operations = List.of(
                BadInput.Operation.of("POST", "/api/consultations", staff, consultation),
                BadInput.Operation.of("PUT", c + draft, staff, consultation),
                BadInput.Operation.of("POST", c + draft + "/publish", staff, null),
                BadInput.Operation.of("POST", c + open + "/close", staff, null),
                BadInput.Operation.of("POST", c + open + "/publish-outcome", staff, null),
                BadInput.Operation.of("PUT", c + draft + "/draft", staff, sections),
                BadInput.Operation.of("POST", c + draft + "/draft-versions", staff, sections),
                BadInput.Operation.of("PUT", c + draft + "/questions", staff, questions),
                BadInput.Operation.of(
                        "POST",
                        c + open + "/key-points",
                        staff,
                        Map.of("text", "People want plain words", "inputs", List.of(memberId))),
                BadInput.Operation.of("PUT", c + open + "/responses/me", member, response),
                BadInput.Operation.of("POST", c + open + "/responses/me/submit", member, null),
                BadInput.Operation.of("DELETE", c + open + "/responses/me", member, null),
                BadInput.Operation.of(
                        "POST",
                        c + open + "/responses/assisted",
                        staff,
                        Map.of("memberId", memberId, "provenance", "PHONE", "response", response)));

        List<BadInput.Mutation> mutations = BadInput.generate(operations, 7L, 1500);
        BadInput.Outcome outcome = BadInput.run(mutations, () -> state(draft, open));

        System.out.println("generated bad input: " + outcome);
        assertThat(outcome.sent()).isGreaterThanOrEqualTo(1000);
        assertThat(outcome.refusedAsInvalid())
                .as("most mutations reach validation")
                .isGreaterThan(outcome.sent() / 2);
        assertThat(outcome.failures()).as("%s", outcome).isEmpty();
    }

    private String state(String draft, String open) {
        StringBuilder sql = new StringBuilder("select concat_ws('/'");
        for (String table : TABLES) {
            sql.append(", (select count(*) from ").append(table).append(')');
        }
        sql.append(", (select count(*) from outbox_event where aggregate_id in ('")
                .append(draft)
                .append("', '")
                .append(open)
                .append("')))");
        return QuarkusTransaction.requiringNew().call(() ->
                (String) entityManager.createNativeQuery(sql.toString()).getSingleResult());
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
