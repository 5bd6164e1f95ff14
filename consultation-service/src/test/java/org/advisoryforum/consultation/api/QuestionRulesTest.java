package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The question rules consultation-service owns (issue 14): a section a question belongs to stays (refused here and by
 * the database), and which questions are asked given the answers so far is said by this service, once.
 */
@QuarkusTest
class QuestionRulesTest {

    @Inject
    AgroalDataSource dataSource;

    /** A draft with the fixture's sections and questions: q1 belongs to first-contact, q2 to information. */
    private static String draft(String title) {
        String id = Fixture.create(title, Instant.now().plus(Duration.ofDays(10)));
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("sections", Fixture.SECTIONS_V1))
                .put("/api/consultations/" + id + "/draft")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("questions", Fixture.QUESTIONS))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(200);
        return id;
    }

    private static io.restassured.response.ValidatableResponse putSections(
            String id, List<Map<String, Object>> sections) {
        return given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("sections", sections))
                .put("/api/consultations/" + id + "/draft")
                .then();
    }

    @Test
    void aSectionThatAQuestionBelongsToCannotBeRemovedAndNothingChanges() {
        String id = draft("Section in use");

        putSections(id, List.of(Fixture.SECTIONS_V1.get(0), Fixture.SECTIONS_V1.get(2)))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("sections"))
                .body("errors[0].code", equalTo("section_in_use"));

        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id)
                .then()
                .statusCode(200)
                .body("sections.key", contains("first-contact", "information", "carers"))
                .body("questions.find { it.key == 'q2' }.section", equalTo("information"));
        // a section no question belongs to may go
        putSections(id, List.of(Fixture.SECTIONS_V1.get(0), Fixture.SECTIONS_V1.get(1)))
                .statusCode(200);
    }

    @Test
    void changingTheKeyOfASectionAQuestionBelongsToIsRefusedButItsWordsMayChange() {
        String id = draft("Section renamed");
        Map<String, Object> renamed = Map.of("key", "first-meeting", "heading", "First contact", "text", "New words.");

        putSections(id, List.of(renamed, Fixture.SECTIONS_V1.get(1), Fixture.SECTIONS_V1.get(2)))
                .statusCode(409)
                .body("errors[0].code", equalTo("section_in_use"));

        Map<String, Object> reworded = Map.of(
                "key",
                "first-contact",
                "heading",
                "Meeting for the first time",
                "text",
                "The social worker explains their role.");
        putSections(id, List.of(reworded, Fixture.SECTIONS_V1.get(1), Fixture.SECTIONS_V1.get(2)))
                .statusCode(200);
        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id)
                .then()
                .body("sections.find { it.key == 'first-contact' }.heading", equalTo("Meeting for the first time"));
    }

    @Test
    void removingAQuestionAnotherIsAskedAfterIsRefusedByCodeAndNothingChanges() {
        String id = draft("Condition in use");
        List<Map<String, Object>> withoutQ4 = Fixture.QUESTIONS.stream()
                .filter(q -> !"q4".equals(q.get("key")))
                .toList();

        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(Map.of("questions", withoutQ4))
                .put("/api/consultations/" + id + "/questions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("questions[3].showIf.question"))
                .body("errors[0].code", equalTo("not_an_earlier_question"));
        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id)
                .then()
                .body("questions.key", contains("q1", "q2", "q3", "q4", "q5"));
    }

    @Test
    void theDatabaseItselfRefusesAQuestionOfASectionThatDoesNotExist() throws SQLException {
        String id = draft("Orphan by SQL");

        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement orphan = connection.prepareStatement("""
                    insert into question (id, consultation_id, question_key, position, type, text, section_key, required)
                    values (?, cast(? as uuid), 'q9', 9, 'FREE_TEXT', 'Anything else?', 'no-such-section', false)""")) {
                orphan.setObject(1, UUID.randomUUID());
                orphan.setString(2, id);
                assertThatThrownBy(orphan::executeUpdate)
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("23503"));
            }
            try (PreparedStatement removeSection = connection.prepareStatement(
                    "delete from draft_section where consultation_id = cast(? as uuid) and section_key = 'information'")) {
                removeSection.setString(1, id);
                assertThatThrownBy(removeSection::executeUpdate)
                        .isInstanceOfSatisfying(
                                SQLException.class,
                                e -> assertThat(e.getSQLState()).isEqualTo("23503"));
            }
        }
        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/" + id)
                .then()
                .body("sections.key", hasItem("information"))
                .body("questions.key", not(hasItem("q9")));
    }

    @Test
    void theServiceSaysWhichQuestionsAreAskedGivenTheAnswersSoFar() {
        String id = Fixture.openForAWhile("Asked questions");
        // q5 is asked only when q4 is "No"
        given().get("/api/consultations/" + id)
                .then()
                .statusCode(200)
                .body("askedBeforeAnyAnswer", contains("q1", "q2", "q3", "q4"));

        Fixture.save("amara", id, Map.of("answers", Map.of("q4", "No")))
                .statusCode(200)
                .body("askedQuestionKeys", contains("q1", "q2", "q3", "q4", "q5"));
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(200)
                .body("askedQuestionKeys", contains("q1", "q2", "q3", "q4", "q5"));
        Fixture.save("amara", id, Map.of("answers", Map.of("q4", "Partly")))
                .statusCode(200)
                .body("askedQuestionKeys", contains("q1", "q2", "q3", "q4"));
    }

    @Test
    void anAnswerGivenWhileItsConditionIsNotMetIsNotKeptButOneSavedEarlierWaitsUntilSubmit() {
        String id = Fixture.openForAWhile("Answers not asked");

        // typed on the same page as a "Partly": the question was not asked, so the answer is not kept
        Fixture.save("tom", id, Map.of("answers", Map.of("q4", "Partly", "q5", "Nothing is missing")))
                .statusCode(200)
                .body("answers.questionKey", not(hasItem("q5")));

        Fixture.save("tom", id, Map.of("answers", Map.of("q4", "No", "q5", "Advocacy is missing")))
                .statusCode(200)
                .body("answers.questionKey", hasItem("q5"));
        // changing the condition later keeps the saved answer in the draft (not asked, so not shown) ...
        Fixture.save("tom", id, Map.of("answers", Map.of("q4", "Partly")))
                .statusCode(200)
                .body("answers.questionKey", hasItem("q5"))
                .body("askedQuestionKeys", not(hasItem("q5")));
        // ... and changing it back finds it again
        Fixture.save("tom", id, Map.of("answers", Map.of("q4", "No")))
                .statusCode(200)
                .body("answers.find { it.questionKey == 'q5' }.value", equalTo("Advocacy is missing"));
        // submitted while not asked, it is dropped
        Fixture.save("tom", id, Map.of("answers", Map.of("q1", 2, "q3", List.of("Offer an advocate"), "q4", "Yes")))
                .statusCode(200);
        Fixture.submit("tom", id)
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("answers.questionKey", not(hasItem("q5")))
                .body("askedQuestionKeys", contains("q1", "q2", "q3", "q4"));
    }
}
