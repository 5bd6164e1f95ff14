package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.Tokens;

/** A consultation shaped like the demo "working in partnership" one, built through the API as staff would. */
final class Fixture {

    static final List<Map<String, Object>> SECTIONS_V1 = List.of(
            Map.of(
                    "key",
                    "first-contact",
                    "heading",
                    "First contact",
                    "text",
                    "At the first meeting the social worker should explain their role and the purpose of the assessment."),
            Map.of(
                    "key",
                    "information",
                    "heading",
                    "Sharing information",
                    "text",
                    "People should be given information about their assessment in writing."),
            Map.of(
                    "key",
                    "carers",
                    "heading",
                    "Carers",
                    "text",
                    "Carers should be told about their right to a carer's assessment."));

    static final List<Map<String, Object>> QUESTIONS = List.of(
            Map.of(
                    "key",
                    "q1",
                    "type",
                    "SCALE",
                    "section",
                    "first-contact",
                    "required",
                    true,
                    "text",
                    "How clear is the 'First contact' section about what people can expect?",
                    "scale",
                    Map.of("min", 1, "max", 5, "minLabel", "Not clear at all", "maxLabel", "Very clear")),
            Map.of(
                    "key",
                    "q2",
                    "type",
                    "FREE_TEXT",
                    "section",
                    "information",
                    "required",
                    false,
                    "maxLength",
                    200,
                    "text",
                    "What would make information about an assessment easier to understand?"),
            Map.of(
                    "key",
                    "q3",
                    "type",
                    "MULTIPLE_CHOICE",
                    "required",
                    true,
                    "text",
                    "Which of these should the guidance require?",
                    "options",
                    List.of(
                            "Record the person's views in their own words",
                            "Explain decisions in writing",
                            "Offer an advocate")),
            Map.of(
                    "key",
                    "q4",
                    "type",
                    "SINGLE_CHOICE",
                    "required",
                    true,
                    "text",
                    "Overall, does this draft reflect working in partnership?",
                    "options",
                    List.of("Yes", "Partly", "No")),
            Map.of(
                    "key",
                    "q5",
                    "type",
                    "FREE_TEXT",
                    "required",
                    true,
                    "text",
                    "What is missing?",
                    "showIf",
                    Map.of("question", "q4", "equals", "No")));

    private Fixture() {}

    static String staff() {
        return Tokens.accessToken("sam");
    }

    static String create(String title, Instant closesAt) {
        return given().auth()
                .oauth2(staff())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        title,
                        "summary",
                        "We are updating our guidance on involving people.",
                        "plainLanguageSummary",
                        "New advice for social workers. Tell us what is missing.",
                        "kind",
                        "GUIDANCE",
                        "audience",
                        "MEMBERS",
                        "accountableTeam",
                        "Policy and standards",
                        "closesAt",
                        closesAt.toString()))
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Draft, sections, questions and published: open for answers until {@code closesAt}. */
    static String open(String title, Instant closesAt) {
        String id = create(title, closesAt);
        given().auth()
                .oauth2(staff())
                .contentType(ContentType.JSON)
                .body(Map.of("sections", SECTIONS_V1))
                .put("/api/consultations/" + id + "/draft")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(staff())
                .contentType(ContentType.JSON)
                .body(Map.of("questions", QUESTIONS))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(staff())
                .post("/api/consultations/" + id + "/publish")
                .then()
                .statusCode(200);
        return id;
    }

    static String openForAWhile(String title) {
        return open(title, Instant.now().plus(Duration.ofDays(10)));
    }

    static ValidatableResponse save(String user, String id, Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/consultations/" + id + "/responses/me")
                .then();
    }

    static ValidatableResponse submit(String user, String id) {
        return given().auth()
                .oauth2(Tokens.accessToken(user))
                .post("/api/consultations/" + id + "/responses/me/submit")
                .then();
    }

    static Map<String, Object> completeAnswers(String q2) {
        return Map.of("answers", Map.of("q1", 2, "q2", q2, "q3", List.of("Offer an advocate"), "q4", "Partly"));
    }

    /** {@link #completeAnswers} and a comment on the information section */
    static Map<String, Object> completeAnswers(String q2, String informationComment) {
        return Map.of(
                "answers",
                completeAnswers(q2).get("answers"),
                "sectionComments",
                Map.of("information", informationComment));
    }

    static String memberId(String user) {
        return Tokens.claims(Tokens.accessToken(user)).path("sub").asText();
    }

    /** What forum-service would announce when the member joined. */
    static void memberJoined(String bootstrapServers, String user, String perspectives, String quote) {
        memberJoined(bootstrapServers, user, perspectives, quote, null);
    }

    /** Like forum-service, a display name only with consent NAMED. */
    static void memberJoined(
            String bootstrapServers, String user, String perspectives, String quote, String displayName) {
        memberIdJoined(bootstrapServers, memberId(user), perspectives, quote, displayName);
    }

    static void memberIdJoined(
            String bootstrapServers, String memberId, String perspectives, String quote, String displayName) {
        EventSender.send(bootstrapServers, "forum.member.v1", memberId, """
                {"eventId":"%s","type":"joined","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"memberId":"%s","perspectives":[%s],"region":"NORTH_WEST","joinedAt":"%s",
                 "consent":{"quote":"%s","contactByEmail":true,"useInStatistics":true},"displayName":%s}}
                """.formatted(
                        UUID.randomUUID(),
                        Instant.now(),
                        memberId,
                        memberId,
                        perspectives,
                        Instant.now(),
                        quote,
                        displayName == null ? "null" : "\"" + displayName + "\""));
    }

    /** What forum-service would announce when the member left the forum. */
    static void memberLeft(String bootstrapServers, String memberId) {
        EventSender.send(bootstrapServers, "forum.member.v1", memberId, """
                {"eventId":"%s","type":"left","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"memberId":"%s","leftAt":"%s"}}
                """.formatted(
                        UUID.randomUUID(), Instant.now(), memberId, memberId, Instant.now()));
    }

    /** The member joined (as forum-service announces it) and consultation-service has taken it in. */
    static void memberKnown(String bootstrapServers, String user, String quote) {
        memberJoined(
                bootstrapServers, user, "\"CARER\"", quote, "NAMED".equals(quote) ? "Forum name of " + user : null);
        String memberId = memberId(user);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(staff())
                        .get("/api/consultations/member-snapshots/" + memberId)
                        .then()
                        .statusCode(200)
                        .body("quoteConsent", org.hamcrest.Matchers.equalTo(quote)));
    }
}
