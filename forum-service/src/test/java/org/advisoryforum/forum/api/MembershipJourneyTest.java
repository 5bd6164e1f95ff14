package org.advisoryforum.forum.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MembershipJourneyTest {

    static final String TOPIC = "forum.member.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anApprovedApplicantBecomesAMemberEditsTheirProfileAndChangesConsentWithoutPersonalDataInEvents()
            throws Exception {
        TestUsers.Person person = TestUsers.create("journey");
        // a chosen name unlike the account's (first name "Test", last name "Person <username>")
        String displayName = "Journey " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String applicationId = Forum.apply(person, Forum.application(displayName));

        given().auth()
                .oauth2(person.token())
                .get("/api/forum/applications/me")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
        String staff = Tokens.accessToken("sam");
        given().auth()
                .oauth2(staff)
                .get("/api/forum/applications?status=PENDING")
                .then()
                .statusCode(200)
                .body("id", hasItem(applicationId));
        given().auth()
                .oauth2(staff)
                .get("/api/forum/applications/" + applicationId)
                .then()
                .statusCode(200)
                .body("displayName", equalTo(displayName));

        Forum.decide(applicationId, Map.of("decision", "APPROVE"));

        Forum.awaitRole(person, true); // granted in Keycloak just after the approval's commit
        String fresh = person.token();
        assertThat(Tokens.claims(fresh).path("realm_access").path("roles").toString())
                .contains("\"member\"");
        given().auth()
                .oauth2(fresh)
                .get("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("memberId", equalTo(person.id().toString()))
                .body("displayName", equalTo(displayName))
                .body("perspectives", containsInAnyOrder("LIVED_EXPERIENCE", "CARER"))
                .body("membership.status", equalTo("ACTIVE"))
                .body("membership.position", equalTo("MEMBER"));

        given().auth()
                .oauth2(fresh)
                .contentType(ContentType.JSON)
                .body(Forum.profile(displayName, 3))
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("region", equalTo("LONDON"))
                .body("perspectives", contains("CARER"))
                .body("accessibilityNeeds", contains("LARGE_PRINT"))
                .body("contact.maxInvitationsPerMonth", equalTo(3));

        given().auth()
                .oauth2(fresh)
                .get("/api/forum/members/me/consents")
                .then()
                .statusCode(200)
                .body("current.version", equalTo(1))
                .body("current.quote", equalTo("NONE"))
                .body("current.contactByEmail", equalTo(true));
        given().auth()
                .oauth2(fresh)
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "NAMED", "contactByEmail", false, "useInStatistics", true))
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200)
                .body("current.version", equalTo(2))
                .body("current.quote", equalTo("NAMED"))
                .body("history", hasSize(2))
                .body("history[1].quote", equalTo("NONE"));

        List<ConsumerRecord<String, String>> events = KafkaTopicReader.awaitRecords(
                bootstrapServers, TOPIC, r -> person.id().toString().equals(r.key()), 3, Duration.ofSeconds(30));
        assertThat(events)
                .extracting(r -> json.readTree(r.value()).path("type").asText())
                .containsExactly("joined", "profile-changed", "consent-changed");
        JsonNode consentChanged = json.readTree(events.get(2).value()).path("payload");
        assertThat(consentChanged.path("memberId").asText())
                .isEqualTo(person.id().toString());
        assertThat(consentChanged.path("quote").asText()).isEqualTo("NAMED");
        assertThat(consentChanged.path("contactByEmail").asBoolean()).isFalse();
        assertThat(consentChanged.path("useInStatistics").asBoolean()).isTrue();
        assertThat(consentChanged.path("consentVersion").asInt()).isEqualTo(2);
        assertThat(consentChanged.has("changedAt")).isTrue();
        JsonNode joined = json.readTree(events.get(0).value()).path("payload");
        assertThat(joined.path("region").asText()).isEqualTo("NORTH_WEST");
        assertThat(joined.path("consent").path("quote").asText()).isEqualTo("NONE");
        // the forum display name travels only once the member chose to be quoted by name
        assertThat(joined.path("displayName").isNull()).isTrue();
        assertThat(json.readTree(events.get(1).value())
                        .path("payload")
                        .path("displayName")
                        .isNull())
                .isTrue();
        assertThat(consentChanged.path("displayName").asText()).isEqualTo(displayName);
        for (ConsumerRecord<String, String> event : events) {
            assertThat(event.value())
                    .doesNotContain(
                            person.username(),
                            "@example.org",
                            "EASY_READ",
                            "LARGE_PRINT",
                            "accessibility",
                            "Test Person");
        }
        for (ConsumerRecord<String, String> event : events.subList(0, 2)) {
            assertThat(event.value()).doesNotContain(displayName);
        }
    }

    @Test
    void theForumDisplayNameTravelsWithRenamesWhileConsentIsNamedAndIsWithdrawnWhenConsentChanges() throws Exception {
        TestUsers.Person person = Forum.newMember("renamed");
        String token = person.token();
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "NAMED", "contactByEmail", false, "useInStatistics", true))
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);
        String renamed =
                "Renamed " + person.username().substring(person.username().length() - 8);
        Map<String, Object> profile = Forum.profile(renamed, null);
        profile.put("perspectives", java.util.List.of("LIVED_EXPERIENCE", "CARER"));
        profile.put("region", "NORTH_WEST");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(profile)
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo(renamed));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "ANONYMOUS", "contactByEmail", false, "useInStatistics", true))
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);

        List<ConsumerRecord<String, String>> events = KafkaTopicReader.awaitRecords(
                bootstrapServers, TOPIC, r -> person.id().toString().equals(r.key()), 4, Duration.ofSeconds(30));
        List<JsonNode> read = events.stream()
                .map(r -> {
                    try {
                        return json.readTree(r.value());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        assertThat(read)
                .extracting(e -> e.path("type").asText())
                .containsExactly("joined", "consent-changed", "profile-changed", "consent-changed");
        assertThat(read.get(1).path("payload").path("displayName").asText()).isEqualTo("Member " + person.username());
        // a rename alone (perspectives and region unchanged) is announced, because the name is public
        assertThat(read.get(2).path("payload").path("displayName").asText()).isEqualTo(renamed);
        assertThat(read.get(3).path("payload").path("quote").asText()).isEqualTo("ANONYMOUS");
        assertThat(read.get(3).path("payload").path("displayName").isNull()).isTrue();
        assertThat(events.get(3).value()).doesNotContain(renamed);
    }

    @Test
    void reApplyingWhilePendingIsRefused() {
        TestUsers.Person person = TestUsers.create("twice");
        Forum.apply(person, Forum.application("Twice"));
        given().auth()
                .oauth2(person.token())
                .contentType(ContentType.JSON)
                .body(Forum.application("Twice again"))
                .when()
                .post("/api/forum/applications")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void staffCannotDecideTheirOwnApplicationToJoin() {
        TestUsers.Person other = TestUsers.create("other");
        String id = Forum.apply(other, Forum.application("Someone else"));
        // sam holds staff but not member, so may apply: the applicant is then the deciding staff member
        String sam = Tokens.accessToken("sam");
        String samsApplication = given().auth()
                .oauth2(sam)
                .contentType(ContentType.JSON)
                .body(Forum.application("Sam, applying"))
                .when()
                .post("/api/forum/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (String decision : List.of("APPROVE", "DECLINE")) {
            given().auth()
                    .oauth2(sam)
                    .contentType(ContentType.JSON)
                    .body(Map.of("decision", decision, "reason", "Deciding for myself"))
                    .when()
                    .post("/api/forum/applications/" + samsApplication + "/decision")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("code", equalTo("own_application"));
        }
        given().auth()
                .oauth2(sam)
                .get("/api/forum/applications/" + samsApplication)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
        assertThat(Tokens.claims(Tokens.accessToken("sam"))
                        .path("realm_access")
                        .path("roles")
                        .toString())
                .doesNotContain("\"member\"");
        // another member of staff decides it; and sam still decides other people's applications
        given().auth()
                .oauth2(Tokens.accessToken("ada"))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "DECLINE", "reason", "Staff take part as staff, not as members."))
                .when()
                .post("/api/forum/applications/" + samsApplication + "/decision")
                .then()
                .statusCode(200);
        Forum.decide(id, Map.of("decision", "APPROVE"));
    }

    @Test
    void aDeclinedApplicantReadsTheReasonAndMayApplyAgain() {
        TestUsers.Person person = TestUsers.create("declined");
        String id = Forum.apply(person, Forum.application("Declined"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "DECLINE"))
                .when()
                .post("/api/forum/applications/" + id + "/decision")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        Forum.decide(
                id, Map.of("decision", "DECLINE", "reason", "The forum is full until the spring; please apply then."));
        given().auth()
                .oauth2(person.token())
                .get("/api/forum/applications/me")
                .then()
                .statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("decisionReason", equalTo("The forum is full until the spring; please apply then."));
        assertThat(Tokens.claims(person.token())
                        .path("realm_access")
                        .path("roles")
                        .toString())
                .doesNotContain("member");
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE"))
                .when()
                .post("/api/forum/applications/" + id + "/decision")
                .then()
                .statusCode(409);
        Forum.apply(person, Forum.application("Declined, trying again"));
    }

    @Test
    void aMemberCannotApply() {
        given().auth()
                .oauth2(Tokens.accessToken("david"))
                .contentType(ContentType.JSON)
                .body(Forum.application("Already in"))
                .when()
                .post("/api/forum/applications")
                .then()
                .statusCode(409);
    }

    @Test
    void aMemberWithoutAProfileCreatesItWithTheirFirstEdit() {
        String priya = Tokens.accessToken("priya");
        given().auth()
                .oauth2(priya)
                .contentType(ContentType.JSON)
                .body(Forum.profile("Priya R", 4))
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Priya R"));
        given().auth()
                .oauth2(priya)
                .get("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("contact.maxInvitationsPerMonth", equalTo(4))
                .body("membership.status", equalTo("ACTIVE"));
        given().auth()
                .oauth2(priya)
                .get("/api/forum/members/me/consents")
                .then()
                .statusCode(200)
                .body("current.version", equalTo(1));
    }

    @Test
    void staffSetTermAndPositionWhichAMemberCannotSetThemself() {
        TestUsers.Person person = Forum.newMember("chair");
        Map<String, Object> sneaky = Forum.profile("Would be chair", null);
        sneaky.put("position", "CHAIR");
        given().auth()
                .oauth2(person.token())
                .contentType(ContentType.JSON)
                .body(sneaky)
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200)
                .body("membership.position", equalTo("MEMBER"));

        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of("termStart", "2026-01-01", "termEnd", "2027-12-31", "position", "VICE_CHAIR"))
                .when()
                .put("/api/forum/members/" + person.id())
                .then()
                .statusCode(200)
                .body("membership.position", equalTo("VICE_CHAIR"));
        given().auth()
                .oauth2(person.token())
                .get("/api/forum/members/me")
                .then()
                .body("membership.termEnd", equalTo("2027-12-31"))
                .body("membership.position", equalTo("VICE_CHAIR"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of("termStart", "2026-01-01", "termEnd", "2025-12-31", "position", "MEMBER"))
                .when()
                .put("/api/forum/members/" + person.id())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("termEnd"));
    }

    @Test
    void unchangedConsentAddsNoVersion() {
        TestUsers.Person person = Forum.newMember("sameconsent");
        String token = person.token();
        Map<String, Object> same = Map.of("quote", "NONE", "contactByEmail", true, "useInStatistics", false);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(same)
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200)
                .body("current.version", equalTo(1))
                .body("history", hasSize(1));
    }
}
