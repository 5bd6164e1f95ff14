package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** GET /api/forum/members/me/invitations: each member sees their own invitation state, and only theirs. */
@QuarkusTest
class MyInvitationsTest {

    private static final String PATH = "/api/forum/members/me/invitations";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private UUID publishAndAwait() {
        UUID consultationId = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                InvitationRoundTest.TOPIC,
                consultationId.toString(),
                InvitationRoundTest.published(UUID.randomUUID(), consultationId));
        String staff = Tokens.accessToken("sam");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(staff)
                        .get("/api/forum/invitation-rounds/" + consultationId)
                        .then()
                        .statusCode(200)
                        .body("round.status", equalTo("SENT")));
        return consultationId;
    }

    private static String of(UUID consultationId) {
        return "findAll { it.consultationId == '" + consultationId + "' }";
    }

    @Test
    void aMemberSeesWhetherTheyWereInvitedOrHeldBackByTheirLimitForEachConsultation() {
        TestUsers.Person limited = Forum.newMember("mine-limited", 0);
        TestUsers.Person open = Forum.newMember("mine-open", null);
        UUID consultation = publishAndAwait();

        given().auth()
                .oauth2(limited.token())
                .get(PATH)
                .then()
                .statusCode(200)
                .body(of(consultation) + ".outcome", equalTo(java.util.List.of("OVER_LIMIT")))
                .body(of(consultation) + ".title", hasItem("Paying people for their involvement"))
                .body(of(consultation) + ".quietUntil", everyItem(nullValue()));
        given().auth()
                .oauth2(open.token())
                .get(PATH)
                .then()
                .statusCode(200)
                .body(of(consultation) + ".outcome", equalTo(java.util.List.of("INVITED")))
                .body(of(consultation) + ".closesAt", hasItem("2026-12-16T17:00:00Z"));
    }

    @Test
    void aMemberInAQuietPeriodSeesUntilWhenTheyWereNotMessaged() {
        TestUsers.Person quiet = Forum.newMember("mine-quiet");
        Map<String, Object> profile = Forum.profile("Quiet member", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) profile.get("contact");
        String until = LocalDate.now().plusDays(20).toString();
        contact.put("quietUntil", until);
        given().auth()
                .oauth2(quiet.token())
                .contentType(ContentType.JSON)
                .body(profile)
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200);

        UUID consultation = publishAndAwait();
        given().auth()
                .oauth2(quiet.token())
                .get(PATH)
                .then()
                .statusCode(200)
                .body(of(consultation) + ".outcome", equalTo(java.util.List.of("QUIET_PERIOD")))
                .body(of(consultation) + ".quietUntil", equalTo(java.util.List.of(until)));
    }

    @Test
    void aMemberSeesOnlyTheirOwnInvitationsAndNobodyElseCanAsk() {
        TestUsers.Person first = Forum.newMember("mine-first", null);
        UUID before = publishAndAwait();
        TestUsers.Person later = Forum.newMember("mine-later", null);
        UUID after = publishAndAwait();

        given().auth()
                .oauth2(first.token())
                .get(PATH)
                .then()
                .statusCode(200)
                .body(of(before), hasSize(1))
                .body(of(after), hasSize(1));
        // joined after the first round: nothing recorded for it, and never the other member's rows
        given().auth()
                .oauth2(later.token())
                .get(PATH)
                .then()
                .statusCode(200)
                .body(of(before), hasSize(0))
                .body(of(after), hasSize(1))
                .body("consultationId", not(hasItem(before.toString())));

        given().get(PATH).then().statusCode(401);
        given().auth()
                .oauth2(TestUsers.create("mine-applicant").token())
                .get(PATH)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
