package org.advisoryforum.tracking.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.Scenario;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The response clock: an outcome is due 12 weeks after closing unless staff set another date; the scheduled check
 * (called here with the instant it would run at) marks it overdue once, on one replica at a time.
 */
@QuarkusTest
class ResponseClockTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Inject
    ResponseClock clock;

    @Inject
    EntityManager entityManager;

    /** published and closed on 2026-01-10 at 17:00 UTC, no outcome yet */
    private Scenario closedConsultation(String title) {
        Scenario s = new Scenario(bootstrapServers).published(title).closed();
        db.awaitProcessed(s.eventIds());
        return s;
    }

    private static String view(Scenario s) {
        return "/api/tracking/consultations/" + s.consultationId;
    }

    private static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(Tokens.accessToken("sam")).contentType("application/json");
    }

    @Test
    void anOutcomeIsDueTwelveWeeksAfterClosingAndOverdueFromTheNextDayOnceWithAFeedEntry() {
        String title = "Clock " + UUID.randomUUID();
        Scenario s = closedConsultation(title);
        given().get(view(s))
                .then()
                .statusCode(200)
                .body("outcomeDueBy", equalTo("2026-04-04"))
                .body("overdueSince", nullValue());

        clock.check(Instant.parse("2026-04-04T22:30:00Z")); // 23:30 in London on the due day: still on time
        given().get(view(s)).then().body("overdueSince", nullValue());
        assertThat(given().get("/api/tracking/feed.atom").asString()).doesNotContain(s.consultationId.toString());

        clock.check(Instant.parse("2026-04-04T23:30:00Z")); // 00:30 on 5 April in London (BST)
        given().get(view(s))
                .then()
                .body("outcomeDueBy", equalTo("2026-04-04"))
                .body("overdueSince", equalTo("2026-04-05"));
        String feed = given().get("/api/tracking/feed.atom")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(feed)
                .contains("urn:advisory-forum:outcome-overdue:" + s.consultationId)
                .contains("Outcome overdue: " + title);

        clock.check(Instant.parse("2026-05-01T09:00:00Z")); // found once: nothing moves
        given().get(view(s)).then().body("overdueSince", equalTo("2026-04-05"));
        String again = given().get("/api/tracking/feed.atom").asString();
        assertThat(again.split("urn:advisory-forum:outcome-overdue:" + s.consultationId, -1))
                .hasSize(2);
        assertThat(db.count(
                        "select count(*) from tracked_consultation where id = ?1 and overdue_noticed_at = "
                                + "cast(?2 as timestamptz)",
                        s.consultationId,
                        "2026-04-04T23:30:00Z"))
                .isEqualTo(1);
        assertThat(given().get("/api/tracking/impact")
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("overall.outcomesOverdue"))
                .isGreaterThanOrEqualTo(1);

        // the due date is not moved after the fact
        staff().body(Map.of("outcomeDueBy", "2026-06-30"))
                .put(view(s) + "/outcome-due")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("already_overdue"));

        // published late: the page shows both dates, and the outcome does not count as on time
        s.outcomePublished();
        db.awaitProcessed(s.eventIds());
        given().get(view(s) + "/you-said-we-did")
                .then()
                .statusCode(200)
                .body("outcomeDueBy", equalTo("2026-04-04"))
                .body("overdueSince", equalTo("2026-04-05"));
    }

    @Test
    void staffSetTheDueDateAndAnOutcomePublishedByThenCountsAsOnTime() {
        Scenario s = closedConsultation("Clock set by staff");
        String path = view(s) + "/outcome-due";

        given().contentType("application/json")
                .body(Map.of("outcomeDueBy", "2026-02-28"))
                .put(path)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body(Map.of("outcomeDueBy", "2026-02-28"))
                .put(path)
                .then()
                .statusCode(403);
        staff().body(Map.of("outcomeDueBy", "2026-01-09"))
                .put(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("outcomeDueBy"))
                .body("errors[0].code", equalTo("before_closing"));
        staff().body(Map.of("outcomeDueBy", "2026-02-30"))
                .put(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        staff().body(Map.of("outcomeDueBy", "2026-02-28"))
                .put(view(new Scenario(bootstrapServers)) + "/outcome-due")
                .then()
                .statusCode(404);
        given().get(view(s)).then().body("outcomeDueBy", equalTo("2026-04-04"));

        staff().body(Map.of("outcomeDueBy", "2026-02-28"))
                .put(path)
                .then()
                .statusCode(200)
                .body("outcomeDueBy", equalTo("2026-02-28"));
        given().get(view(s)).then().body("outcomeDueBy", equalTo("2026-02-28"));
        assertThat(db.text("select outcome_due_set_by from tracked_consultation where id = ?1", s.consultationId))
                .isEqualTo(Tokens.claims(Tokens.accessToken("sam")).path("sub").asText());

        s.outcomePublished(); // 2026-02-20, 40 days after closing
        db.awaitProcessed(s.eventIds());
        given().get(view(s) + "/you-said-we-did")
                .then()
                .statusCode(200)
                .body("outcomeDueBy", equalTo("2026-02-28"))
                .body("overdueSince", nullValue());
        JsonPath impact = given().get("/api/tracking/impact")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String one = "consultations.find { it.consultationId == '" + s.consultationId + "' }.figures.";
        assertThat(impact.getInt(one + "outcomesOnTime")).isEqualTo(1);
        assertThat(impact.getDouble(one + "shareOfOutcomesOnTime")).isEqualTo(1.0);
        assertThat(impact.getDouble(one + "medianDaysFromCloseToOutcome")).isEqualTo(40.0);
        assertThat(impact.getDouble("overall.shareOfOutcomesOnTime")).isBetween(0.0, 1.0);

        clock.check(Instant.parse("2026-03-15T12:00:00Z")); // published in time: never overdue
        given().get(view(s)).then().body("overdueSince", nullValue());
        staff().body(Map.of("outcomeDueBy", "2026-03-31"))
                .put(path)
                .then()
                .statusCode(409)
                .body("code", equalTo("outcome_published"));
    }

    @Test
    void theCheckRunsOnOneReplicaAtATime() throws Exception {
        Scenario s = closedConsultation("Clock on one replica");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // another replica is running the check: it holds the check's advisory lock until its transaction ends
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    entityManager
                            .createNativeQuery("select pg_advisory_xact_lock(?1)")
                            .setParameter(1, ResponseClock.LOCK_KEY)
                            .getSingleResult();
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(clock.check(Instant.parse("2026-06-01T12:00:00Z"))).isZero();
        given().get(view(s)).then().body("overdueSince", nullValue());

        release.countDown();
        otherReplica.get(30, TimeUnit.SECONDS);
        assertThat(clock.check(Instant.parse("2026-06-01T12:00:00Z"))).isGreaterThanOrEqualTo(1);
        given().get(view(s)).then().body("overdueSince", equalTo("2026-04-05"));
    }
}
