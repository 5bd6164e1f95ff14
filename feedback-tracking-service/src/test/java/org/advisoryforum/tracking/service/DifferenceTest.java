package org.advisoryforum.tracking.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * "Did it make a difference?": the scheduled check (called with the instant it would run at) asks the members behind an
 * action once its review date has come (a London day), once, on one replica; they answer once each (changeable), staff
 * see the task with counts and comments, the public page the counts only.
 */
@QuarkusTest
class DifferenceTest {

    private static final String COMMENT = "Letters now come in large print and I can read them.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Inject
    DifferenceReviews reviews;

    @Inject
    EntityManager entityManager;

    /** a published outcome whose extra action, reviewed on 30 June 2026, came from amara's and david's answers */
    private record Reviewed(FullConsultation c, UUID action) {}

    private Reviewed reviewedAction() {
        FullConsultation c = new FullConsultation(bootstrapServers, Tokens.subject("amara"), Tokens.subject("david"))
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        UUID action = c.recordActionForReview(Tokens.accessToken("sam"));
        return new Reviewed(c, action);
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    @Test
    void membersBehindAnActionAreAskedOnceWhenItsReviewDateComesAndAnswerOnceEach() {
        Reviewed r = reviewedAction();
        String difference = "/api/tracking/actions/" + r.action() + "/difference";

        as("amara")
                .get(difference)
                .then()
                .statusCode(200)
                .body("askedAt", nullValue())
                .body("answer", nullValue());
        as("amara")
                .body(Map.of("answer", "MADE_A_DIFFERENCE"))
                .put(difference)
                .then()
                .statusCode(409)
                .body("code", equalTo("review_not_due"));

        reviews.askDue(Instant.parse("2026-06-29T22:30:00Z")); // 23:30 on 29 June in London: not yet
        assertThat(db.count("select count(*) from action where id = ?1 and review_asked_at is null", r.action()))
                .isOne();

        reviews.askDue(Instant.parse("2026-06-29T23:30:00Z")); // 00:30 on 30 June in London (BST): its day
        assertThat(db.count(
                        "select count(*) from action where id = ?1 and review_asked_at = cast(?2 as timestamptz)",
                        r.action(),
                        "2026-06-29T23:30:00Z"))
                .isOne();
        var asked = KafkaTopicReader.awaitRecord(
                bootstrapServers,
                "tracking.outcome.v1",
                rec -> rec.value().contains("\"difference-asked\"")
                        && rec.value().contains(r.action().toString()),
                Duration.ofSeconds(30));
        assertThat(asked.value())
                .contains(
                        Tokens.subject("amara").toString(),
                        Tokens.subject("david").toString())
                .doesNotContain(FullConsultation.AMARA_Q2, FullConsultation.DAVID_Q2, "displayName");

        reviews.askDue(Instant.parse("2026-07-02T09:00:00Z")); // asked once: the next checks ask nobody again
        assertThat(db.count(
                        "select count(*) from outbox_event where envelope like ?1 and type = 'difference-asked'",
                        "%" + r.action() + "%"))
                .isOne();

        as("amara")
                .get(difference)
                .then()
                .statusCode(200)
                .body("askedAt", notNullValue())
                .body("description", equalTo("Letters are sent in the format each person asked for."))
                .body("reviewDate", equalTo("2026-06-30"));
        as("amara")
                .body(Map.of("answer", "MADE_A_DIFFERENCE", "comment", COMMENT))
                .put(difference)
                .then()
                .statusCode(200)
                .body("answer", equalTo("MADE_A_DIFFERENCE"))
                .body("comment", equalTo(COMMENT));
        as("david")
                .body(Map.of("answer", "NO_DIFFERENCE"))
                .put(difference)
                .then()
                .statusCode(200);
        as("david")
                .body(Map.of("answer", "SOME_DIFFERENCE"))
                .put(difference)
                .then()
                .statusCode(200)
                .body("answer", equalTo("SOME_DIFFERENCE")); // changed: still one answer
        assertThat(db.count("select count(*) from difference_answer where action_id = ?1", r.action()))
                .isEqualTo(2);

        JsonPath page = given().get("/api/tracking/consultations/" + r.c().consultationId() + "/you-said-we-did")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String mine = "weDid.find { it.actionId == '" + r.action() + "' }.difference";
        assertThat(page.getMap(mine)).isEqualTo(Map.of("madeADifference", 1, "someDifference", 1, "noDifference", 0));
        assertThat(page.prettify()).doesNotContain(COMMENT);

        JsonPath staff = as("sam")
                .get("/api/tracking/reviews")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String review = "find { it.actionId == '" + r.action() + "' }";
        assertThat(staff.getInt(review + ".membersAsked")).isGreaterThanOrEqualTo(2);
        assertThat(staff.getString(review + ".askedAt")).isNotNull();
        assertThat(staff.getMap(review + ".counts"))
                .isEqualTo(Map.of("madeADifference", 1, "someDifference", 1, "noDifference", 0));
        assertThat(staff.getList(review + ".comments.comment")).containsExactly(COMMENT);
        assertThat(staff.prettify()).doesNotContain(Tokens.subject("amara").toString());
    }

    @Test
    void onlyMembersBehindTheActionMayAnswerAndBadAnswersChangeNothing() {
        Reviewed r = reviewedAction();
        String difference = "/api/tracking/actions/" + r.action() + "/difference";
        reviews.askDue(Instant.parse("2026-07-01T09:00:00Z"));

        given().contentType(ContentType.JSON)
                .body(Map.of("answer", "NO_DIFFERENCE"))
                .put(difference)
                .then()
                .statusCode(401);
        as("sam").body(Map.of("answer", "NO_DIFFERENCE")).put(difference).then().statusCode(403);
        as("priya")
                .body(Map.of("answer", "NO_DIFFERENCE"))
                .put(difference)
                .then()
                .statusCode(403)
                .body("code", equalTo("not_a_contributor"));
        as("priya").get(difference).then().statusCode(403);
        as("amara").get("/api/tracking/reviews").then().statusCode(403);
        given().get("/api/tracking/reviews").then().statusCode(401);

        as("amara")
                .body(Map.of("answer", "MAYBE"))
                .put(difference)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as("amara")
                .body(Map.of("comment", "no answer"))
                .put(difference)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("answer"));
        as("amara")
                .body(Map.of("answer", "NO_DIFFERENCE", "comment", "x".repeat(2001)))
                .put(difference)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comment"));
        as("amara")
                .body(Map.of("answer", "NO_DIFFERENCE"))
                .put("/api/tracking/actions/" + UUID.randomUUID() + "/difference")
                .then()
                .statusCode(404);
        assertThat(db.count("select count(*) from difference_answer where action_id = ?1", r.action()))
                .isZero();

        // one answer per member per action, in the database too
        as("amara")
                .body(Map.of("answer", "NO_DIFFERENCE"))
                .put(difference)
                .then()
                .statusCode(200);
        assertThatThrownBy(() -> db.execute(
                        "insert into difference_answer (action_id, member_id, answer, answered_at)"
                                + " values (?1, ?2, 'SOME_DIFFERENCE', now())",
                        r.action(),
                        Tokens.subject("amara")))
                .hasStackTraceContaining("difference_answer_one_per_member");
        assertThatThrownBy(() -> db.execute(
                        "insert into difference_answer (action_id, member_id, answer, answered_at)"
                                + " values (?1, ?2, 'PERHAPS', now())",
                        r.action(),
                        UUID.randomUUID()))
                .hasStackTraceContaining("difference_answer_known");
    }

    @Test
    void theCheckIsSkippedWhileAnotherReplicaHoldsItsLock() throws Exception {
        Reviewed r = reviewedAction();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    entityManager
                            .createNativeQuery("select pg_advisory_xact_lock(?1)")
                            .setParameter(1, DifferenceReviews.LOCK_KEY)
                            .getSingleResult();
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(reviews.askDue(Instant.parse("2026-07-01T09:00:00Z"))).isZero();
        assertThat(db.count("select count(*) from action where id = ?1 and review_asked_at is null", r.action()))
                .isOne();

        release.countDown();
        otherReplica.get(30, TimeUnit.SECONDS);
        assertThat(reviews.askDue(Instant.parse("2026-07-01T09:00:00Z"))).isGreaterThanOrEqualTo(1);
        assertThat(db.count("select count(*) from action where id = ?1 and review_asked_at is not null", r.action()))
                .isOne();
    }
}
