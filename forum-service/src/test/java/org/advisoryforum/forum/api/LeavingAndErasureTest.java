package org.advisoryforum.forum.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.forum.messaging.TrackingOutcomeEvents;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeavingAndErasureTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();

    long rows(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, parameter)
                                .getSingleResult())
                        .longValue());
    }

    List<String> events(UUID memberId) {
        return KafkaTopicReader.readAll(bootstrapServers, MembershipJourneyTest.TOPIC, Duration.ofSeconds(10)).stream()
                .filter(r -> memberId.toString().equals(r.key()))
                .map(ConsumerRecord::value)
                .filter(java.util.Objects::nonNull)
                .toList(); // a tombstone (no value) follows an erasure
    }

    @Test
    void aMemberWhoLeavesLosesTheRoleButTheirHistoryIsKept() {
        TestUsers.Person person = Forum.newMember("leaver");
        given().auth()
                .oauth2(person.token())
                .post("/api/forum/members/me/leave")
                .then()
                .statusCode(204);

        Forum.awaitRole(person, false); // taken in Keycloak just after the leaving's commit
        String after = person.token();
        assertThat(Tokens.claims(after).path("realm_access").path("roles").toString())
                .doesNotContain("\"member\"");
        given().auth().oauth2(after).get("/api/forum/members/me").then().statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/members/" + person.id())
                .then()
                .statusCode(200)
                .body("membership.status", equalTo("LEFT"))
                .body("displayName", equalTo("Member " + person.username()));
        assertThat(rows("select count(*) from consent_record where member_id = ?1", person.id()))
                .isEqualTo(1);
        KafkaTopicReader.awaitRecord(
                bootstrapServers,
                MembershipJourneyTest.TOPIC,
                r -> person.id().toString().equals(r.key())
                        && r.value() != null
                        && r.value().contains("\"type\":\"left\""),
                Duration.ofSeconds(20));
    }

    @Test
    void erasureRemovesPersonalDataFromEveryTableAndEmitsExactlyOneErasedEvent() throws Exception {
        TestUsers.Person person = Forum.newMember("erased", 5);
        String displayName = "Member " + person.username();
        String token = person.token();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "NAMED", "contactByEmail", true, "useInStatistics", true))
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);
        String activity = given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "MEETING",
                        "description",
                        "Forum meeting",
                        "durationMinutes",
                        90,
                        "occurredAt",
                        Instant.now().toString()))
                .when()
                .post("/api/forum/members/" + person.id() + "/activities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "activityId",
                        activity,
                        "type",
                        "EXPENSES",
                        "amount",
                        "7.20",
                        "description",
                        "Bus fare from my home"))
                .when()
                .post("/api/forum/members/me/claims")
                .then()
                .statusCode(201);
        UUID consultation = UUID.randomUUID();
        EventSender.send(
                bootstrapServers,
                "tracking.outcome.v1",
                UUID.randomUUID().toString(),
                TrackingOutcomeEvents.actionStatusChanged(UUID.randomUUID(), consultation, List.of(person.id())));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(token)
                        .get("/api/forum/members/me/notifications")
                        .then()
                        .body("$", hasSize(1)));

        given().auth().oauth2(token).delete("/api/forum/members/me").then().statusCode(204);

        UUID id = person.id();
        assertThat(rows("select count(*) from member where id = ?1", id)).isZero();
        assertThat(rows("select count(*) from application where applicant_id = ?1", id))
                .isZero();
        assertThat(rows("select count(*) from consent_record where member_id = ?1", id))
                .isZero();
        assertThat(rows("select count(*) from notification where member_id = ?1", id))
                .isZero();
        assertThat(rows("select count(*) from invitation where member_id = ?1", id))
                .isZero();
        assertThat(rows("select count(*) from involvement where member_id = ?1", id))
                .isZero();
        assertThat(rows("select count(*) from payment_claim where member_id = ?1", id))
                .isZero();
        assertThat(rows("select count(*) from application where display_name = ?1", displayName))
                .isZero();
        assertThat(rows("select count(*) from member where display_name = ?1", displayName))
                .isZero();
        assertThat(rows("select count(*) from payment_claim where description = ?1", "Bus fare from my home"))
                .isZero();
        // the anonymous ledger entry and amount stay, so counts and the books stay true
        assertThat(rows("select count(*) from involvement where id = ?1", UUID.fromString(activity)))
                .isEqualTo(1);
        // the account is Keycloak's (the person closes it in the account console); the forum took its member role,
        // and the role change it wanted for that is gone once Keycloak has it
        Forum.awaitRole(person, false);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> rows("select count(*) from keycloak_role_change where member_id = ?1", id) == 0);

        List<ConsumerRecord<String, String>> erased = KafkaTopicReader.awaitRecords(
                bootstrapServers,
                MembershipJourneyTest.TOPIC,
                r -> id.toString().equals(r.key())
                        && r.value() != null
                        && r.value().contains("\"type\":\"erased\""),
                Duration.ofSeconds(20));
        assertThat(json.readTree(erased.getFirst().value())
                        .path("payload")
                        .path("memberId")
                        .asText())
                .isEqualTo(id.toString());
        // once sent, not even the erased event stays in the outbox: no row and no dead letter names the member
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        rows("select count(*) from outbox_event where strpos(envelope, ?1) > 0", id.toString()) == 0);
        assertThat(rows("select count(*) from dead_letter where strpos(record, ?1) > 0", id.toString()))
                .isZero();
        given().auth().oauth2(token).delete("/api/forum/members/me").then().statusCode(404);
        java.time.Instant afterSecondRequest = java.time.Instant.now();
        // everything written until now has left the outbox, so a second event would be on the topic
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows(
                                "select count(*) from outbox_event where sent_at is null and created_at <= ?1",
                                afterSecondRequest)
                        == 0);
        List<String> events = events(id);
        assertThat(events).filteredOn(e -> e.contains("\"type\":\"erased\"")).hasSize(1);
        assertThat(events).noneMatch(e -> e.contains("Bus fare") || e.contains("@example.org"));
        // the display name travelled only while they chose to be quoted by name, never with the erasure
        assertThat(events)
                .filteredOn(e -> e.contains(displayName))
                .allMatch(e -> e.contains("\"quote\":\"NAMED\"") || e.contains("\"type\":\"profile-changed\""));
        assertThat(events).filteredOn(e -> e.contains("\"type\":\"erased\"")).noneMatch(e -> e.contains(displayName));
    }

    @Test
    void anAdminCarriesOutAnErasureRequestWhichOtherStaffCannot() {
        TestUsers.Person person = Forum.newMember("erased-by-admin");
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .delete("/api/forum/members/" + person.id())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Tokens.accessToken("ada"))
                .delete("/api/forum/members/" + person.id())
                .then()
                .statusCode(204);
        assertThat(rows("select count(*) from member where id = ?1", person.id()))
                .isZero();
        Forum.awaitRole(person, false);
        given().auth()
                .oauth2(Tokens.accessToken("ada"))
                .delete("/api/forum/members/" + person.id())
                .then()
                .statusCode(404);
    }

    @Test
    void anApplicantCanAlsoHaveTheirApplicationErased() {
        TestUsers.Person person = TestUsers.create("erase-applicant");
        Forum.apply(person, Forum.application("Changed my mind"));
        given().auth()
                .oauth2(person.token())
                .delete("/api/forum/members/me")
                .then()
                .statusCode(204);
        assertThat(rows("select count(*) from application where applicant_id = ?1", person.id()))
                .isZero();
    }
}
