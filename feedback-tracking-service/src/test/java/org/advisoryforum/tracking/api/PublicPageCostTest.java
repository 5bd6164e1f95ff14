package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.advisoryforum.platform.outbox.OutboxRelay;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.Scenario;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** The public page is read from its precomputed row: the same single statement for 1 or 30 responses. */
@QuarkusTest
class PublicPageCostTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Inject
    EntityManagerFactory entityManagerFactory;

    /** Held while a request is measured: the relay's pass after a commit (a status change emits events) runs on its
     * own thread, synchronized on the relay, and would otherwise land inside a reading or not, by timing. */
    @Inject
    OutboxRelay relay;

    @Test
    void servingThePublicPageCostsOneStatementWhateverTheNumberOfResponses() {
        UUID small = consultationWith(1);
        UUID large = consultationWith(30);
        given().get(page(large)).then().statusCode(200).body("youSaid[0].voices.total", equalTo(30));

        long smallCost = statementsToServe(small);
        long largeCost = statementsToServe(large);

        assertThat(largeCost).isEqualTo(smallCost);
        assertThat(largeCost).isLessThanOrEqualTo(1);
        assertThat(queriesOverResponsesWhileServing(large)).isZero();
    }

    /**
     * found by deploy/bench/run: at 100,000 responses a staff status change took 9 s and the service grew to 580 MB,
     * as the rebuild loaded every response, member and link. The voices are now counted by the database.
     */
    @Test
    void rebuildingThePublicPageLoadsNoResponseAndCostsTheSameStatementsFor1Or30Responses() {
        UUID small = consultationWith(1);
        UUID large = consultationWith(30);
        for (UUID c : List.of(small, large)) { // no quotable words: what is left is what grows with the responses
            db.execute(
                    "update tracked_input set quote_text = null where consultation_id = cast(?1 as uuid)",
                    c.toString());
        }

        long smallCost = statementsToRebuild(small);
        long largeCost = statementsToRebuild(large);

        assertThat(largeCost).isEqualTo(smallCost);
        given().get(page(large))
                .then()
                .statusCode(200)
                .body("youSaid[0].voices.total", equalTo(30))
                .body("weDid[0].voices.total", equalTo(30))
                .body("participation.voices.total", equalTo(30))
                .body("participation.voices.byPerspective.CARER", equalTo(30))
                .body("participation.byRegion.WALES", equalTo(30));
    }

    /** found by deploy/bench/run: the rebuild named every respondent and input in one statement, past PostgreSQL's 65,535 */
    @Test
    void thePageOfAConsultationWithMoreRespondentsThanOneStatementCanNameIsStillRebuilt() {
        UUID consultation = consultationWith(1);
        db.execute("""
                insert into tracked_response (id, consultation_id, member_id, perspectives, region, use_in_statistics,
                  attribution, submitted_at)
                select gen_random_uuid(), cast(?1 as uuid), gen_random_uuid(), 'CARER', 'WALES', true, 'NONE', now()
                from generate_series(1, 70000)""", consultation.toString());
        db.execute("""
                insert into tracked_input (id, response_id, consultation_id, kind, question_key, section_key, quote_text)
                select gen_random_uuid(), r.id, r.consultation_id, 'ANSWER', 'q1', null, null from tracked_response r
                where r.consultation_id = cast(?1 as uuid)
                  and not exists (select 1 from tracked_input i where i.response_id = r.id)""", consultation.toString());
        db.execute("""
                insert into key_point_input (key_point_id, input_id, response_id, member_id, kind, question_key)
                select k.id, i.id, i.response_id, r.member_id, 'ANSWER', 'q1'
                from key_point k, tracked_input i join tracked_response r on r.id = i.response_id
                where k.consultation_id = cast(?1 as uuid) and i.consultation_id = k.consultation_id
                on conflict do nothing""", consultation.toString());
        String action = db.text(
                "select cast(id as text) from action where consultation_id = cast(?1 as uuid)",
                consultation.toString());

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType("application/json")
                .body("{\"status\":\"IN_PROGRESS\"}")
                .post("/api/tracking/actions/" + action + "/status")
                .then()
                .statusCode(200);
        given().get(page(consultation))
                .then()
                .statusCode(200)
                .body("weDid[0].status", equalTo("IN_PROGRESS"))
                .body("youSaid[0].voices.total", equalTo(70001));
        // the 70,001 members behind the action are told in records the broker accepts, so nothing after them waits
        await().atMost(Duration.ofSeconds(60)).until(() -> db.count("""
                select count(*) from outbox_event where sent_at is null and topic = 'tracking.outcome.v1'""") == 0);
        assertThat(db.count("""
                select count(*) from outbox_event where topic = 'tracking.outcome.v1'
                and envelope like '%' || ?1 || '%' and envelope like '%"status":"IN_PROGRESS"%'""", action))
                .as("events for 70,001 members, 5,000 a record")
                .isEqualTo(15);
    }

    /** the fewest statements seen over a few reads (a consumer working meanwhile can only add to a reading) */
    private long statementsToServe(UUID consultation) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            synchronized (ClientProxy.unwrap(relay)) {
                long before = statistics.getPrepareStatementCount();
                given().get(page(consultation)).then().statusCode(200);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount() - before);
            }
        }
        return fewest;
    }

    /**
     * the statements of the fewest-statement staff status change (each rebuilds the page), after asserting that none
     * loaded a response, member or key point link into the service
     */
    private long statementsToRebuild(UUID consultation) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        String action = db.text(
                "select cast(id as text) from action where consultation_id = cast(?1 as uuid)",
                consultation.toString());
        List<String> bulky = List.of("TrackedResponse", "TrackedMember", "KeyPointInput", "TrackedInput").stream()
                .map(e -> "org.advisoryforum.tracking.domain." + e)
                .toList();
        long fewest = Long.MAX_VALUE;
        for (String status : List.of("IN_PROGRESS", "AGREED", "IN_PROGRESS")) {
            String token = Tokens.accessToken("sam"); // outside the reading
            long loads = bulky.stream()
                    .mapToLong(e -> statistics.getEntityStatistics(e).getLoadCount())
                    .sum();
            synchronized (ClientProxy.unwrap(relay)) {
                long statements = statistics.getPrepareStatementCount();
                given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body("{\"status\":\"" + status + "\"}")
                        .post("/api/tracking/actions/" + action + "/status")
                        .then()
                        .statusCode(200);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount() - statements);
            }
            assertThat(bulky.stream()
                                    .mapToLong(e ->
                                            statistics.getEntityStatistics(e).getLoadCount())
                                    .sum()
                            - loads)
                    .as("responses, members, links and inputs loaded by a rebuild with no quotable words")
                    .isZero();
            given().get(page(consultation)).then().statusCode(200).body("weDid[0].status", equalTo(status));
        }
        return fewest;
    }

    private long queriesOverResponsesWhileServing(UUID consultation) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        String entity = "org.advisoryforum.tracking.domain.TrackedResponse";
        long before = statistics.getEntityStatistics(entity).getLoadCount();
        for (int i = 0; i < 3; i++) {
            given().get(page(consultation)).then().statusCode(200);
        }
        return statistics.getEntityStatistics(entity).getLoadCount() - before;
    }

    private UUID consultationWith(int responses) {
        Scenario s = new Scenario(bootstrapServers).published("Cost with " + responses);
        List<Object> inputs = new ArrayList<>();
        IntStream.range(0, responses).forEach(i -> {
            Scenario.Respondent r = s.respond(
                    UUID.randomUUID(),
                    List.of("CARER"),
                    "WALES",
                    true,
                    "ANONYMOUS",
                    null,
                    Scenario.answer("q1", "FREE_TEXT", null, "Answer " + i));
            inputs.add(r);
            inputs.add(r.input("q1"));
        });
        UUID keyPoint = s.keyPoint("What everyone said", inputs.toArray());
        db.awaitProcessed(s.eventIds());
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType("application/json")
                .body(
                        "{\"consultationId\":\"%s\",\"keyPointIds\":[\"%s\"],\"description\":\"Done\",\"owner\":\"Team\",\"status\":\"IMPLEMENTED\",\"evidence\":{\"documentUrl\":\"https://example.org/done\"}}"
                                .formatted(s.consultationId, keyPoint))
                .post("/api/tracking/actions")
                .then()
                .statusCode(201);
        s.outcomePublished();
        db.awaitProcessed(s.eventIds());
        return s.consultationId;
    }

    private static String page(UUID consultation) {
        return "/api/tracking/consultations/" + consultation + "/you-said-we-did";
    }
}
