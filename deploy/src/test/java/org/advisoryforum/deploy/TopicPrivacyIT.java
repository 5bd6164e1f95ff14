package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fresh people apply, are approved, and answer with different consents (one of them with no first or last name in
 * Keycloak); staff take the consultation to a published outcome. The public page shows only forum display names, and
 * follows a rename and a change of consent; then every topic, read from the beginning, holds no e-mail address,
 * username or Keycloak account name, and none of the words whose author did not consent to quoting.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TopicPrivacyIT {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static LocalStack stack;

    /**
     * one fresh member: their account, the name they chose in the forum, their consent and their words; a member
     * whose account name was emptied signs on through the session they already had (refresh token)
     */
    private record Person(
            KeycloakTestUsers.Person account,
            String firstName,
            String lastName,
            String displayName,
            String consent,
            String words,
            String refreshToken) {
        String token() {
            if (refreshToken == null) {
                return Tokens.accessToken(stack.keycloakUrl(), account.username());
            }
            return Tokens.tokenResponse(
                            stack.keycloakUrl(),
                            Map.of(
                                    "grant_type",
                                    "refresh_token",
                                    "client_id",
                                    Tokens.CLIENT_ID,
                                    "refresh_token",
                                    refreshToken))
                    .path("access_token")
                    .asText();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        stack = TestStack.get();
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(stack.gatewayUrl()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static RequestSpecification staff() {
        return as(Tokens.accessToken(stack.keycloakUrl(), "sam"));
    }

    private static String tag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * a person with an account name unlike anything else, who applies, is approved and chooses their consent; without
     * {@code accountName} they empty their first and last name in Keycloak once signed in
     */
    private static Person member(String consent, boolean accountName) {
        String t = tag();
        String first = "Kcfirst" + t;
        String last = "Kclast" + t;
        KeycloakTestUsers.Person account = KeycloakTestUsers.create(stack.keycloakUrl(), "scan" + t, first, last);
        String refreshToken = null;
        if (!accountName) {
            refreshToken = Tokens.tokenResponse(
                            stack.keycloakUrl(),
                            Map.of(
                                    "grant_type",
                                    "password",
                                    "client_id",
                                    Tokens.CLIENT_ID,
                                    "username",
                                    account.username(),
                                    "password",
                                    Tokens.DEMO_PASSWORD))
                    .path("refresh_token")
                    .asText();
            KeycloakTestUsers.removeAccountName(stack.keycloakUrl(), account.id());
        }
        Person person = new Person(
                account,
                first,
                last,
                "Forum Voice " + tag(),
                consent,
                consent + " words " + tag() + ": the letters came too late to help.",
                refreshToken);
        if (!accountName) {
            // the case the issue names: a token with no name claim, whose only name is the username
            assertThat(Tokens.claims(person.token()).path("name").asText("")).isBlank();
            assertThat(Tokens.claims(person.token()).path("given_name").asText(""))
                    .isBlank();
            assertThat(Tokens.claims(person.token()).path("preferred_username").asText())
                    .isEqualTo(account.username());
        }
        Map<String, Object> application = new HashMap<>();
        application.put("displayName", person.displayName());
        application.put("why", "I want people like me to be heard.");
        application.put("perspectives", List.of("CARER"));
        application.put("region", "NORTH_WEST");
        application.put("accessibilityNeeds", List.of());
        application.put("contactByEmail", true);
        String applicationId = as(person.token())
                .body(application)
                .post("/api/forum/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        staff().body(Map.of("decision", "APPROVE"))
                .post("/api/forum/applications/" + applicationId + "/decision")
                .then()
                .statusCode(200);
        as(person.token())
                .body(Map.of("quote", consent, "contactByEmail", true, "useInStatistics", true))
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);
        return person;
    }

    private static void awaitConsentKnown(Person person) {
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> staff().get("/api/consultations/member-snapshots/"
                                + person.account().id())
                        .then()
                        .statusCode(200)
                        .body("quoteConsent", equalTo(person.consent())));
    }

    /** staff approve in moderation every consented answer of the consultation (words reach the public only so) */
    private static void approveQuotes(String consultationId) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> staff().queryParam("consultationId", consultationId)
                                .get("/api/tracking/moderation")
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("inputId")
                                .size()
                        == 3);
        for (Object inputId : staff().queryParam("consultationId", consultationId)
                .get("/api/tracking/moderation")
                .then()
                .extract()
                .jsonPath()
                .getList("inputId")) {
            staff().body(Map.of("decision", "APPROVE"))
                    .post("/api/tracking/moderation/" + inputId + "/decision")
                    .then()
                    .statusCode(200);
        }
    }

    private static String publicPage(String consultationId) {
        return given().baseUri(stack.gatewayUrl())
                .get("/api/tracking/consultations/" + consultationId + "/you-said-we-did")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    @Test
    void namesFollowTheForumAndNoTopicHoldsAnAccountNameAnEmailOrUnconsentedWords() throws Exception {
        Person named = member("NAMED", true);
        Person nameless = member("NAMED", false); // no first or last name in Keycloak any more
        Person anonymous = member("ANONYMOUS", true);
        Person unquoted = member("NONE", true);
        List<Person> people = List.of(named, nameless, anonymous, unquoted);
        people.forEach(TopicPrivacyIT::awaitConsentKnown);

        String id = staff().body(Map.of(
                        "title",
                        "Letters that arrive in time (privacy scan " + tag() + ")",
                        "summary",
                        "Draft guidance on letters.",
                        "plainLanguageSummary",
                        "When letters should reach you.",
                        "kind",
                        "GUIDANCE",
                        "audience",
                        "MEMBERS",
                        "accountableTeam",
                        "Policy and standards",
                        "closesAt",
                        Instant.now().plus(Duration.ofDays(7)).toString()))
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        staff().body(Map.of(
                        "sections",
                        List.of(Map.of(
                                "key",
                                "letters",
                                "heading",
                                "Letters",
                                "text",
                                "Councils should write to people before a meeting."))))
                .put("/api/consultations/" + id + "/draft")
                .then()
                .statusCode(200);
        staff().body(Map.of(
                        "questions",
                        List.of(Map.of(
                                "key",
                                "w1",
                                "type",
                                "FREE_TEXT",
                                "section",
                                "letters",
                                "required",
                                true,
                                "text",
                                "What would help letters arrive in time?"))))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
        staff().post("/api/consultations/" + id + "/publish").then().statusCode(200);

        for (Person person : people) {
            as(person.token())
                    .body(Map.of("attribution", person.consent(), "answers", Map.of("w1", person.words())))
                    .put("/api/consultations/" + id + "/responses/me")
                    .then()
                    .statusCode(200);
            as(person.token())
                    .post("/api/consultations/" + id + "/responses/me/submit")
                    .then()
                    .statusCode(200);
        }
        // a NAMED attribution is refused to whoever did not choose to be quoted by name
        as(anonymous.token())
                .body(Map.of("attribution", "NAMED"))
                .put("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(409)
                .body("code", equalTo("named_without_consent"));
        staff().post("/api/consultations/" + id + "/close").then().statusCode(200);

        JsonPath responses = staff().get("/api/consultations/" + id + "/responses")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> answerIds = responses.getList("answers.flatten().answerId", String.class);
        assertThat(answerIds).hasSize(people.size());
        String keyPoint = staff().body(
                        Map.of("text", "Letters must arrive before the meeting they are about.", "inputs", answerIds))
                .post("/api/consultations/" + id + "/key-points")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> staff().body(Map.of(
                                        "consultationId",
                                        id,
                                        "keyPointIds",
                                        List.of(keyPoint),
                                        "description",
                                        "The guidance now says letters go out ten days before a meeting.",
                                        "status",
                                        "AGREED",
                                        "owner",
                                        "Policy and standards"))
                                .post("/api/tracking/actions")
                                .statusCode()
                        == 201);
        approveQuotes(id);
        staff().post("/api/consultations/" + id + "/publish-outcome").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(publicPage(id))
                        .contains(named.displayName(), nameless.displayName(), named.words(), anonymous.words()));

        String page = publicPage(id);
        assertThat(page).doesNotContain(unquoted.words());
        for (Person person : people) {
            assertThat(page).doesNotContain(person.account().username()).doesNotContain("@example.org");
            if (person.firstName() != null) {
                assertThat(page).doesNotContain(person.firstName()).doesNotContain(person.lastName());
            }
        }
        assertThat(page).doesNotContain(anonymous.displayName()).doesNotContain(unquoted.displayName());

        // renamed in the forum: the published page follows
        String renamed = "Renamed Voice " + tag();
        as(named.token())
                .body(Map.of(
                        "displayName",
                        renamed,
                        "perspectives",
                        List.of("CARER"),
                        "region",
                        "NORTH_WEST",
                        "accessibilityNeeds",
                        List.of(),
                        "contact",
                        Map.of("digest", "WEEKLY")))
                .put("/api/forum/members/me")
                .then()
                .statusCode(200);
        // no longer NAMED: the name goes from the page, the exports and the feed, the words stay, anonymous
        as(nameless.token())
                .body(Map.of("quote", "ANONYMOUS", "contactByEmail", true, "useInStatistics", true))
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(publicPage(id))
                        .contains(renamed)
                        .doesNotContain(named.displayName())
                        .doesNotContain(nameless.displayName())
                        .contains(nameless.words()));
        for (String path : List.of(
                "/api/tracking/export/outcomes.json",
                "/api/tracking/export/outcomes.csv",
                "/api/tracking/feed.atom",
                "/api/tracking/impact",
                "/consultations/" + id + "/you-said-we-did")) {
            String body = given().baseUri(stack.gatewayUrl())
                    .get(path)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            assertThat(body)
                    .as(path)
                    .doesNotContain(nameless.displayName())
                    .doesNotContain(named.displayName())
                    .doesNotContain(unquoted.words());
            for (Person person : people) {
                assertThat(body).as(path).doesNotContain(person.account().username());
            }
        }

        // everything any service ever published, from the beginning of every topic
        Map<String, String> forbidden = new LinkedHashMap<>();
        for (Person person : people) {
            forbidden.put(person.account().username(), "a username");
            forbidden.put(person.account().username() + "@example.org", "an e-mail address");
            if (person.firstName() != null) {
                forbidden.put(person.firstName(), "a Keycloak first name");
                forbidden.put(person.lastName(), "a Keycloak last name");
            }
        }
        forbidden.put(unquoted.words(), "words whose author did not consent to quoting");
        List<String> leaks = new ArrayList<>();
        Set<String> topics = topics();
        assertThat(topics)
                .contains(
                        "forum.member.v1",
                        "consultation.response.v1",
                        "consultation.keypoint.v1",
                        "consultation.lifecycle.v1",
                        "tracking.outcome.v1");
        int records = 0;
        for (String topic : topics) {
            for (ConsumerRecord<String, String> record :
                    KafkaTopicReader.readAll(stack.kafkaBootstrapServers(), topic, Duration.ofSeconds(30))) {
                records++;
                String text = record.key() + " " + record.value();
                forbidden.forEach((value, what) -> {
                    if (text.contains(value)) {
                        leaks.add(topic + "@" + record.offset() + " holds " + what + ": " + value);
                    }
                });
                Matcher email = EMAIL.matcher(text);
                while (email.find()) {
                    leaks.add(topic + "@" + record.offset() + " holds an e-mail address: " + email.group());
                }
            }
        }
        assertThat(records).isPositive();
        assertThat(leaks).isEmpty();
    }

    /** every topic of the broker, dead-letter topics included, except Kafka's own */
    private static Set<String> topics() throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Set<String> names = new TreeSet<>(admin.listTopics().names().get(30, TimeUnit.SECONDS));
            names.removeIf(name -> name.startsWith("__"));
            return names;
        }
    }
}
