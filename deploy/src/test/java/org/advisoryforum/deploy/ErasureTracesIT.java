package org.advisoryforum.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A fresh person applies, is approved, answers two consultations (one quoted by name, one anonymously), amends both,
 * claims expenses; the named answer goes into a key point, an action and a published outcome, which they challenge
 * with a comment; then they are erased. Then every column of every table of every service database is searched for their
 * id, names, e-mail, username and words: only the words they allowed to be quoted anonymously may remain, with no
 * link to them. Nothing waits for the outbox retention (an hour in the stack).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ErasureTracesIT {

    private static final String STAFF = ApiSteps.STAFF;
    private static final Duration PROPAGATION = ApiSteps.PROPAGATION;

    private static LocalStack stack;
    private static ApiSteps steps;

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
        steps = new ApiSteps(stack);
    }

    @Test
    void afterErasureNoDatabaseHoldsTheMembersIdNamesContactOrWordsExceptTheirAnonymousQuotes() throws Exception {
        KeycloakTestUsers.Person person = KeycloakTestUsers.create(stack.keycloakUrl(), "erasure");
        String tag = person.username().substring(person.username().indexOf('-') + 1);
        String displayName = "Rowan Erasure " + tag;
        String why = "I want to be heard about respite " + tag;
        String namedFirst = "Named words first said " + tag;
        String namedAmended = "Named words said after amending " + tag;
        String anonymousFirst = "Anonymous words first said " + tag;
        String anonymousAmended = "Anonymous words kept after erasure " + tag;
        String claimWords = "Taxi because the bus was cancelled " + tag;
        String confirmationWords = "This misses what I said about respite " + tag;

        // apply and be approved
        steps.becomeMember(person, displayName, why, "LIVED_EXPERIENCE", "NORTH_WEST");
        api(person.username())
                .body(Map.of("quote", "NAMED", "contactByEmail", true, "useInStatistics", true))
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);
        await().atMost(PROPAGATION)
                .until(() -> "NAMED"
                        .equals(api(STAFF)
                                .get("/api/consultations/member-snapshots/" + person.id())
                                .then()
                                .extract()
                                .path("quoteConsent")));

        // answer two consultations, and amend both answers
        String named = steps.openConsultation("Erasure check " + tag);
        String anonymous = TestStack.openDemoConsultationId();
        steps.answer(person, named, "NAMED", namedFirst);
        steps.answer(person, named, "NAMED", namedAmended);
        steps.answer(person, anonymous, "ANONYMOUS", anonymousFirst);
        steps.answer(person, anonymous, "ANONYMOUS", anonymousAmended);
        int submittedBefore = submittedCount(anonymous);

        // the named answer becomes a key point with an action; the outcome is published and the member challenges it
        String keyPoint = steps.closeWithKeyPoint(named, person, "Payment must not put benefits at risk " + tag);
        String action = steps.agreedAction(named, keyPoint, "Benefits advice before paying", null);
        steps.publishOutcome(named);
        await().atMost(PROPAGATION)
                .until(() -> api(person.username())
                                .body(Map.of("verdict", "MISSES", "comment", confirmationWords))
                                .post("/api/tracking/actions/" + action + "/confirmations")
                                .then()
                                .extract()
                                .statusCode()
                        == 200);

        // claim expenses for a meeting staff recorded
        String activity = api(STAFF)
                .body(Map.of(
                        "kind",
                        "MEETING",
                        "description",
                        "Erasure test meeting",
                        "durationMinutes",
                        60,
                        "occurredAt",
                        Instant.now().minus(Duration.ofDays(1)).toString()))
                .post("/api/forum/members/" + person.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        api(person.username())
                .body(Map.of("activityId", activity, "type", "EXPENSES", "amount", "7.50", "description", claimWords))
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201);

        Map<String, String> personal = new LinkedHashMap<>();
        personal.put("id", person.id().toString());
        personal.put("username", person.username());
        personal.put("e-mail", person.username() + "@example.org");
        personal.put("display name", displayName);
        personal.put("why they applied", why);
        personal.put("named words", namedFirst);
        personal.put("named words after amending", namedAmended);
        personal.put("anonymous words they amended away", anonymousFirst);
        personal.put("claim description", claimWords);
        personal.put("confirmation comment", confirmationWords);

        // before the erasure the search finds them everywhere, sent outbox rows included (kept for an hour)
        await().atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(traces(personal))
                        .anyMatch(t -> t.startsWith("consultation.outbox_event.envelope: id"))
                        .anyMatch(t -> t.startsWith("forum.outbox_event.envelope: id"))
                        .anyMatch(t -> t.startsWith("tracking.outbox_event.envelope: id"))
                        .anyMatch(t -> t.startsWith("consultation.outbox_event.envelope: named words after amending"))
                        .anyMatch(t -> t.startsWith("tracking.tracked_input.quote_text: named words after amending"))
                        .anyMatch(t -> t.startsWith("tracking.confirmation.comment: confirmation comment"))
                        .anyMatch(t -> t.startsWith("forum.payment_claim.description: claim description")));

        api(person.username()).delete("/api/forum/members/me").then().statusCode(204);

        await().atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(traces(personal)).isEmpty());
        // the words they allowed to be quoted anonymously stay, and the counts stay true
        assertThat(traces(Map.of("anonymous words", anonymousAmended)))
                .anyMatch(t -> t.startsWith("consultation.answer."))
                .anyMatch(t -> t.startsWith("tracking.tracked_input."));
        assertThat(submittedCount(anonymous)).isEqualTo(submittedBefore);
        assertThat(api(STAFF)
                        .get("/api/tracking/actions/" + action)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("confirmations.misses"))
                .isEqualTo(1);
        // the Keycloak account is its owner's to close (the service account may not delete users): no member role left
        assertThat(Tokens.claims(Tokens.accessToken(stack.keycloakUrl(), person.username()))
                        .path("realm_access")
                        .path("roles")
                        .toString())
                .doesNotContain("\"member\"");
    }

    private static RequestSpecification api(String username) {
        return steps.as(username);
    }

    private static int submittedCount(String consultationId) {
        return api(STAFF)
                .get("/api/consultations/" + consultationId + "/responses")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.status == 'SUBMITTED' }")
                .size();
    }

    /**
     * "database.table.column: what" for every value, in every column of every table of every database of the stack,
     * that contains one of the texts (case-insensitive).
     */
    private static List<String> traces(Map<String, String> texts) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String database : databases()) {
            try (Connection db = connect(database)) {
                for (String[] column : columns(db)) {
                    String sql = "select count(*) from \"" + column[0] + "\" where strpos(lower(\"" + column[1]
                            + "\"::text), lower(?)) > 0";
                    try (PreparedStatement query = db.prepareStatement(sql)) {
                        for (Map.Entry<String, String> text : texts.entrySet()) {
                            query.setString(1, text.getValue());
                            try (ResultSet rows = query.executeQuery()) {
                                rows.next();
                                if (rows.getLong(1) > 0) {
                                    found.add(database + "." + column[0] + "." + column[1] + ": " + text.getKey() + " ("
                                            + rows.getLong(1) + " rows)");
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> databases() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection db = connect("postgres");
                ResultSet rows = db.createStatement()
                        .executeQuery(
                                "select datname from pg_database where not datistemplate and datname <> 'postgres' order by 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        assertThat(names).contains("consultation", "forum", "tracking");
        return names;
    }

    /** {table, column} of every column of every base table outside the system schemas */
    private static List<String[]> columns(Connection db) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rows = db.createStatement().executeQuery("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where t.table_type = 'BASE TABLE' and c.table_schema = 'public'
                order by 1, 2""")) {
            while (rows.next()) {
                columns.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        assertThat(columns).isNotEmpty();
        return columns;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), stack.databaseUsername(), stack.databasePassword());
    }
}
