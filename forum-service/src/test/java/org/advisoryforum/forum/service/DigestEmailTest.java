package org.advisoryforum.forum.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.KeycloakLink;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.forum.messaging.TrackingOutcomeEvents;
import org.advisoryforum.platform.test.EventSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Digests by e-mail (switched on here), with each address read from the real test Keycloak outside the digest's
 * transaction. Keycloak is taken away by cutting the real network link to it ({@link KeycloakLink}); the mails are
 * caught by Quarkus' mock mailbox (the mailer's test mode: no mail server is part of the platform).
 */
@QuarkusTest
@TestProfile(DigestEmailTest.EmailOn.class)
class DigestEmailTest {

    private static final String OUTCOMES = "tracking.outcome.v1";

    public static class EmailOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("forum.digest.email.enabled", "true");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DigestService digests;

    @Inject
    MockMailbox mailbox;

    @AfterEach
    void keycloakIsReachableAgain() {
        KeycloakLink.mend();
    }

    @Test
    void aMemberWhoConsentsGetsTheDigestAtTheAddressKeycloakHas() {
        TestUsers.Person member = memberWithNotification("digest-mail", true);

        assertThat(digests.gatherFor(member.id(), Instant.now())).isTrue();

        assertThat(mailsTo(member))
                .singleElement()
                .satisfies(
                        mail -> assertThat(mail.getSubject()).isEqualTo("Your Advisory Forum digest: 1 new message"));
        notifications(member, everyItem(notNullValue()));
    }

    @Test
    void whileKeycloakCannotBeReachedAConsentingMembersDigestWaitsWithNothingWrittenAndTheOthersStillGo() {
        TestUsers.Person waiting = memberWithNotification("digest-kc-down", true);
        TestUsers.Person inboxOnly = memberWithNotification("digest-inbox-only", false);
        KeycloakLink.cut();
        Instant now = Instant.now();

        digests.gatherDue(now);

        // the other member's digest is gathered and committed; the consenting one's waits, nothing half-written
        notifications(inboxOnly, everyItem(notNullValue()));
        notifications(waiting, everyItem(nullValue()));
        assertThat(mailsTo(waiting)).isEmpty();
        assertThat(mailsTo(inboxOnly)).isEmpty();

        KeycloakLink.mend();
        digests.gatherDue(now);

        notifications(waiting, everyItem(notNullValue()));
        assertThat(mailsTo(waiting)).hasSize(1);
    }

    /** A new member, with their e-mail consent as given, and one notification waiting in their inbox. */
    private TestUsers.Person memberWithNotification(String prefix, boolean contactByEmail) {
        TestUsers.Person member = Forum.newMember(prefix);
        given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "ANONYMOUS", "contactByEmail", contactByEmail, "useInStatistics", true))
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);
        EventSender.send(
                bootstrapServers,
                OUTCOMES,
                UUID.randomUUID().toString(),
                TrackingOutcomeEvents.actionStatusChanged(UUID.randomUUID(), UUID.randomUUID(), List.of(member.id())));
        String token = member.token();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(1)));
        return member;
    }

    private static void notifications(TestUsers.Person member, Matcher<?> digestedAt) {
        given().auth()
                .oauth2(member.token())
                .get("/api/forum/members/me/notifications")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("digestedAt", digestedAt);
    }

    private List<Mail> mailsTo(TestUsers.Person member) {
        return mailbox.getMailsSentTo(member.username() + "@example.org");
    }
}
