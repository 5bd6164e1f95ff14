package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** GET /api/consultations/my-data: everything this service holds about the caller, and nothing about anyone else. */
@QuarkusTest
class MyDataTest {

    private static final String MY_DATA = "/api/consultations/my-data";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String of(String consultationId) {
        return "responses.find { it.consultationId == '" + consultationId + "' }";
    }

    @Test
    void aMemberGetsTheirResponsesWithAnswersCommentsDraftsAndQuoteChoices() {
        Fixture.memberKnown(bootstrapServers, "grace", "ANONYMOUS");
        String sent = Fixture.openForAWhile("My data: sent");
        String draft = Fixture.openForAWhile("My data: draft");
        String words = "Grace's own words " + UUID.randomUUID();
        Fixture.save(
                        "grace",
                        sent,
                        Map.of(
                                "answers",
                                Map.of("q1", 4, "q2", words, "q3", java.util.List.of("Offer an advocate"), "q4", "Yes"),
                                "sectionComments",
                                Map.of("carers", "Say when the carer's assessment happens."),
                                "attribution",
                                "ANONYMOUS"))
                .statusCode(200);
        Fixture.submit("grace", sent).statusCode(200);
        Fixture.save("grace", draft, Map.of("answers", Map.of("q2", "Half an answer"), "attribution", "NONE"))
                .statusCode(200);

        given().auth()
                .oauth2(Tokens.accessToken("grace"))
                .get(MY_DATA)
                .then()
                .statusCode(200)
                .body("generatedAt", org.hamcrest.Matchers.notNullValue())
                .body("member.quoteConsent", equalTo("ANONYMOUS"))
                .body("member.perspectives", contains("CARER"))
                .body(of(sent) + ".consultationTitle", equalTo("My data: sent"))
                .body(of(sent) + ".status", equalTo("SUBMITTED"))
                .body(of(sent) + ".attribution", equalTo("ANONYMOUS"))
                .body(of(sent) + ".provenance", equalTo("ONLINE"))
                .body(of(sent) + ".answers.find { it.questionKey == 'q2' }.value", equalTo(words))
                .body(
                        of(sent) + ".answers.find { it.questionKey == 'q2' }.question",
                        equalTo("What would make information about an assessment easier to understand?"))
                .body(of(sent) + ".sectionComments[0].sectionKey", equalTo("carers"))
                .body(of(sent) + ".sectionComments[0].text", equalTo("Say when the carer's assessment happens."))
                .body(of(draft) + ".status", equalTo("DRAFT"))
                .body(of(draft) + ".attribution", equalTo("NONE"))
                .body(of(draft) + ".answers[0].value", equalTo("Half an answer"));
    }

    @Test
    void anotherMembersResponsesAndWordsNeverAppear() {
        String shared = Fixture.openForAWhile("My data: both answer");
        String tomsWords = "Tom's private words " + UUID.randomUUID();
        String tomsResponse = Fixture.save("tom", shared, Map.of("answers", Map.of("q2", tomsWords)))
                .statusCode(200)
                .extract()
                .path("id");
        Fixture.save("amara", shared, Map.of("answers", Map.of("q2", "Amara's words.")))
                .statusCode(200);

        String amaras = given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get(MY_DATA)
                .then()
                .statusCode(200)
                .body("responses.responseId", not(hasItem(tomsResponse)))
                .extract()
                .asString();
        assertThat(amaras).doesNotContain(tomsWords).doesNotContain(Fixture.memberId("tom"));
        given().auth()
                .oauth2(Tokens.accessToken("tom"))
                .get(MY_DATA)
                .then()
                .statusCode(200)
                .body(of(shared) + ".responseId", equalTo(tomsResponse));
    }

    @Test
    void onlyMembersMayAskForTheirData() {
        given().get(MY_DATA).then().statusCode(401);
        given().auth()
                .oauth2(Fixture.staff())
                .get(MY_DATA)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
