package org.advisoryforum.forum.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class MembershipJourneyTest {

    static final String TOPIC = "forum.member.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anApprovedApplicantBecomesAMemberEditsTheirProfileAndChangesConsentWithoutPersonalDataInEvents() throws Exception {
        TestUsers.Person person = TestUsers.create("journey");
        String displayName = "Journey Person " + person.username();
        String applicationId = Forum.apply(person, Forum.application(displayName));

        given().auth().oauth2(person.token()).get("/api/forum/applications/me").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        String staff = Tokens.accessToken("sam");
        given().auth().oauth2(staff).get("/api/forum/applications?status=PENDING").then().statusCode(200)
                .body("id", hasItem(applicationId));
        given().auth().oauth2(staff).get("/api/forum/applications/" + applicationId).then().statusCode(200)
                .body("displayName", equalTo(displayName));

        Forum.decide(applicationId, Map.of("decision", "APPROVE"));

        String fresh = person.token();
        assertThat(Tokens.claims(fresh).path("realm_access").path("roles").toString()).contains("\"member\"");
        given().auth().oauth2(fresh).get("/api/forum/members/me").then().statusCode(200)
                .body("memberId", equalTo(person.id().toString()))
                .body("displayName", equalTo(displayName))
                .body("perspectives", containsInAnyOrder("LIVED_EXPERIENCE", "CARER"))
                .body("membership.status", equalTo("ACTIVE"))
                .body("membership.position", equalTo("MEMBER"));

        given().auth().oauth2(fresh).contentType(ContentType.JSON).body(Forum.profile(displayName, 3))
                .when().put("/api/forum/members/me").then().statusCode(200)
                .body("region", equalTo("LONDON"))
                .body("perspectives", contains("CARER"))
                .body("accessibilityNeeds", contains("LARGE_PRINT"))
                .body("contact.maxInvitationsPerMonth", equalTo(3));

        given().auth().oauth2(fresh).get("/api/forum/members/me/consents").then().statusCode(200)
                .body("current.version", equalTo(1))
                .body("current.quote", equalTo("NONE"))
                .body("current.contactByEmail", equalTo(true));
        given().auth().oauth2(fresh).contentType(ContentType.JSON)
                .body(Map.of("quote", "NAMED", "contactByEmail", false, "useInStatistics", true))
                .when().put("/api/forum/members/me/consents").then().statusCode(200)
                .body("current.version", equalTo(2))
                .body("current.quote", equalTo("NAMED"))
                .body("history", hasSize(2))
                .body("history[1].quote", equalTo("NONE"));

        List<ConsumerRecord<String, String>> events = KafkaTopicReader.awaitRecords(bootstrapServers, TOPIC,
                r -> person.id().toString().equals(r.key()), 3, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> json.readTree(r.value()).path("type").asText())
                .containsExactly("joined", "profile-changed", "consent-changed");
        JsonNode consentChanged = json.readTree(events.get(2).value()).path("payload");
        assertThat(consentChanged.path("memberId").asText()).isEqualTo(person.id().toString());
        assertThat(consentChanged.path("quote").asText()).isEqualTo("NAMED");
        assertThat(consentChanged.path("contactByEmail").asBoolean()).isFalse();
        assertThat(consentChanged.path("useInStatistics").asBoolean()).isTrue();
        assertThat(consentChanged.path("consentVersion").asInt()).isEqualTo(2);
        assertThat(consentChanged.has("changedAt")).isTrue();
        JsonNode joined = json.readTree(events.get(0).value()).path("payload");
        assertThat(joined.path("region").asText()).isEqualTo("NORTH_WEST");
        assertThat(joined.path("consent").path("quote").asText()).isEqualTo("NONE");
        for (ConsumerRecord<String, String> event : events) {
            assertThat(event.value()).doesNotContain(displayName, person.username(), "@example.org", "EASY_READ",
                    "LARGE_PRINT", "accessibility", "displayName");
        }
    }

    @Test
    void reApplyingWhilePendingIsRefused() {
        TestUsers.Person person = TestUsers.create("twice");
        Forum.apply(person, Forum.application("Twice"));
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Forum.application("Twice again"))
                .when().post("/api/forum/applications")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aDeclinedApplicantReadsTheReasonAndMayApplyAgain() {
        TestUsers.Person person = TestUsers.create("declined");
        String id = Forum.apply(person, Forum.application("Declined"));
        given().auth().oauth2(Tokens.accessToken("sam")).contentType(ContentType.JSON)
                .body(Map.of("decision", "DECLINE"))
                .when().post("/api/forum/applications/" + id + "/decision")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        Forum.decide(id, Map.of("decision", "DECLINE", "reason", "The forum is full until the spring; please apply then."));
        given().auth().oauth2(person.token()).get("/api/forum/applications/me").then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("decisionReason", equalTo("The forum is full until the spring; please apply then."));
        assertThat(Tokens.claims(person.token()).path("realm_access").path("roles").toString()).doesNotContain("member");
        given().auth().oauth2(Tokens.accessToken("sam")).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE"))
                .when().post("/api/forum/applications/" + id + "/decision")
                .then().statusCode(409);
        Forum.apply(person, Forum.application("Declined, trying again"));
    }

    @Test
    void aMemberCannotApply() {
        given().auth().oauth2(Tokens.accessToken("david")).contentType(ContentType.JSON)
                .body(Forum.application("Already in"))
                .when().post("/api/forum/applications").then().statusCode(409);
    }

    @Test
    void aMemberWithoutAProfileCreatesItWithTheirFirstEdit() {
        String priya = Tokens.accessToken("priya");
        given().auth().oauth2(priya).contentType(ContentType.JSON).body(Forum.profile("Priya R", 4))
                .when().put("/api/forum/members/me").then().statusCode(200)
                .body("displayName", equalTo("Priya R"));
        given().auth().oauth2(priya).get("/api/forum/members/me").then().statusCode(200)
                .body("contact.maxInvitationsPerMonth", equalTo(4))
                .body("membership.status", equalTo("ACTIVE"));
        given().auth().oauth2(priya).get("/api/forum/members/me/consents").then().statusCode(200)
                .body("current.version", equalTo(1));
    }

    @Test
    void staffSetTermAndPositionWhichAMemberCannotSetThemself() {
        TestUsers.Person person = Forum.newMember("chair");
        Map<String, Object> sneaky = Forum.profile("Would be chair", null);
        sneaky.put("position", "CHAIR");
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(sneaky)
                .when().put("/api/forum/members/me").then().statusCode(200)
                .body("membership.position", equalTo("MEMBER"));

        given().auth().oauth2(Tokens.accessToken("sam")).contentType(ContentType.JSON)
                .body(Map.of("termStart", "2026-01-01", "termEnd", "2027-12-31", "position", "VICE_CHAIR"))
                .when().put("/api/forum/members/" + person.id()).then().statusCode(200)
                .body("membership.position", equalTo("VICE_CHAIR"));
        given().auth().oauth2(person.token()).get("/api/forum/members/me").then()
                .body("membership.termEnd", equalTo("2027-12-31"))
                .body("membership.position", equalTo("VICE_CHAIR"));
        given().auth().oauth2(Tokens.accessToken("sam")).contentType(ContentType.JSON)
                .body(Map.of("termStart", "2026-01-01", "termEnd", "2025-12-31", "position", "MEMBER"))
                .when().put("/api/forum/members/" + person.id()).then().statusCode(400)
                .body("errors.field", hasItem("termEnd"));
    }

    @Test
    void unchangedConsentAddsNoVersion() {
        TestUsers.Person person = Forum.newMember("sameconsent");
        String token = person.token();
        Map<String, Object> same = Map.of("quote", "NONE", "contactByEmail", true, "useInStatistics", false);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(same)
                .when().put("/api/forum/members/me/consents").then().statusCode(200)
                .body("current.version", equalTo(1)).body("history", hasSize(1));
    }
}
