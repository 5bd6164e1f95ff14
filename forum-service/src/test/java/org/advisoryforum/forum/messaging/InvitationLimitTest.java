package org.advisoryforum.forum.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

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

@QuarkusTest
class InvitationLimitTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private UUID publish(UUID eventId, UUID consultationId) {
        EventSender.send(
                bootstrapServers,
                InvitationRoundTest.TOPIC,
                consultationId.toString(),
                InvitationRoundTest.published(eventId, consultationId));
        return consultationId;
    }

    private void awaitRound(UUID consultationId) {
        String staff = Tokens.accessToken("sam");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(staff)
                        .get("/api/forum/invitation-rounds/" + consultationId)
                        .then()
                        .statusCode(200)
                        .body("round.status", equalTo("SENT")));
    }

    private static String inviteFilter(UUID consultationId) {
        return "findAll { it.kind == 'INVITATION' && it.consultationId == '" + consultationId + "' }";
    }

    @Test
    void membersAreInvitedWithinTheirLimitAndThoseOverItAreListedToStaffNotMessaged() {
        TestUsers.Person limited = Forum.newMember("limited", 2);
        TestUsers.Person unlimited = Forum.newMember("unlimited", null);

        UUID first = publish(UUID.randomUUID(), UUID.randomUUID());
        UUID second = publish(UUID.randomUUID(), UUID.randomUUID());
        UUID third = publish(UUID.randomUUID(), UUID.randomUUID());
        awaitRound(third);
        awaitRound(first);
        awaitRound(second);

        String limitedToken = limited.token();
        for (UUID invited : new UUID[] {first, second}) {
            given().auth()
                    .oauth2(limitedToken)
                    .get("/api/forum/members/me/notifications")
                    .then()
                    .statusCode(200)
                    .body(inviteFilter(invited), hasSize(1));
        }
        given().auth()
                .oauth2(limitedToken)
                .get("/api/forum/members/me/notifications")
                .then()
                .body(inviteFilter(third), hasSize(0));
        given().auth()
                .oauth2(unlimited.token())
                .get("/api/forum/members/me/notifications")
                .then()
                .body(inviteFilter(third), hasSize(1));

        String staff = Tokens.accessToken("sam");
        given().auth()
                .oauth2(staff)
                .get("/api/forum/invitation-rounds/" + third)
                .then()
                .statusCode(200)
                .body("heldBack.findAll { it.memberId == '" + limited.id() + "' }.reason", hasItem("OVER_LIMIT"))
                .body(
                        "heldBack.findAll { it.memberId == '" + limited.id() + "' }.displayName",
                        hasItem("Member " + limited.username()))
                .body("heldBack.memberId", not(hasItem(unlimited.id().toString())));
        given().auth()
                .oauth2(staff)
                .get("/api/forum/invitation-rounds/" + first)
                .then()
                .body("heldBack.memberId", not(hasItem(limited.id().toString())));
    }

    @Test
    void aRedeliveredOrRepeatedPublishedEventDoesNotInviteTwice() {
        TestUsers.Person member = Forum.newMember("redelivered", 10);
        UUID consultation = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        publish(eventId, consultation);
        publish(eventId, consultation);
        publish(UUID.randomUUID(), consultation);
        UUID marker = publish(UUID.randomUUID(), UUID.randomUUID());
        awaitRound(marker);
        given().auth()
                .oauth2(member.token())
                .get("/api/forum/members/me/notifications")
                .then()
                .body(inviteFilter(consultation), hasSize(1))
                .body(
                        inviteFilter(consultation) + "[0].body",
                        org.hamcrest.Matchers.containsString("open until 16 December 2026"));
    }

    @Test
    void aMemberInAQuietPeriodIsHeldBack() {
        TestUsers.Person quiet = Forum.newMember("quiet");
        Map<String, Object> profile = Forum.profile("Quiet member", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> contact = (Map<String, Object>) profile.get("contact");
        contact.put("quietUntil", LocalDate.now().plusDays(14).toString());
        given().auth()
                .oauth2(quiet.token())
                .contentType(ContentType.JSON)
                .body(profile)
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200);

        UUID consultation = publish(UUID.randomUUID(), UUID.randomUUID());
        awaitRound(consultation);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/invitation-rounds/" + consultation)
                .then()
                .body("heldBack.findAll { it.memberId == '" + quiet.id() + "' }.reason", hasItem("QUIET_PERIOD"));
        given().auth()
                .oauth2(quiet.token())
                .get("/api/forum/members/me/notifications")
                .then()
                .body(inviteFilter(consultation), hasSize(0));
    }
}
