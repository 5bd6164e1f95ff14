package org.advisoryforum.gateway.web.editor;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.junit.jupiter.api.Test;

/** What the staff editor's forms turn into before anything reaches consultation-service. */
class StaffEditorFormsTest {

    @Test
    void sectionKeysFollowTheServicesRuleAndNeverRepeat() {
        assertThat(SectionKeys.fromHeading("Rates & fees (2027)", List.of())).isEqualTo("rates-fees-2027");
        assertThat(SectionKeys.fromHeading("Ŵyl y Gŵr", List.of())).isEqualTo("wyl-y-gwr");
        assertThat(SectionKeys.fromHeading("!!!", List.of())).isEqualTo("section");
        assertThat(SectionKeys.fromHeading("Rates", List.of("rates", "rates-2")))
                .isEqualTo("rates-3");
        assertThat(SectionKeys.fromHeading("a".repeat(200), List.of())).matches("[a-z0-9][a-z0-9-]{0,59}");
        assertThat(SectionKeys.nextQuestion(List.of("q1", "q3"))).isEqualTo("q2");
    }

    @Test
    void datesAndTimesAreUtcAndAnEmptyOpeningMeansOpenWhenPublished() {
        ConsultationForm form = ConsultationForm.from(
                form(Map.of("title", " Title ", "closesDate", "2027-01-31", "closesTime", "17:00", "kind", "POLICY")));
        assertThat(form.check().isEmpty()).isTrue();
        assertThat(form.toDetails().closesAt()).isEqualTo(Instant.parse("2027-01-31T17:00:00Z"));
        assertThat(form.toDetails().opensAt()).isNull();
        assertThat(form.toDetails().title()).isEqualTo("Title");
        assertThat(form.toDetails().audience()).isNull();
    }

    @Test
    void anUnrealDateIsCaughtBeforeAnythingIsSent() {
        FormErrors errors = ConsultationForm.from(form(
                        Map.of("opensDate", "2027-02-30", "opensTime", "09:00", "closesDate", "", "closesTime", "")))
                .check();
        assertThat(errors.getList()).extracting(FormErrors.Error::field).containsExactly("opensDate", "closesDate");
    }

    @Test
    void theServicesFieldNamesBecomeTheFieldsOnThePage() {
        var problem = new ServiceRefusal(
                400,
                null,
                List.of(
                        new ServiceRefusal.FieldProblem("closesAt", "invalid"),
                        new ServiceRefusal.FieldProblem("title", "not_blank")));
        assertThat(ConsultationForm.errors(problem).getList())
                .containsExactly(
                        new FormErrors.Error("closesDate", "editor_error_closes", null),
                        new FormErrors.Error("title", "editor_error_title", null));
        var questionProblem = new ServiceRefusal(
                400, null, List.of(new ServiceRefusal.FieldProblem("questions[2].options", "invalid")));
        assertThat(QuestionForm.errors(questionProblem).get("options")).isEqualTo("editor_error_options");
    }

    @Test
    void onlyTheFieldsOfTheChosenTypeAreSent() {
        Question choice = QuestionForm.from(form(Map.of(
                        "type",
                        "SINGLE_CHOICE",
                        "text",
                        "Fair?",
                        "required",
                        "yes",
                        "options",
                        "Too low\r\n\r\n About right \nToo high",
                        "maxLength",
                        "300",
                        "scaleMin",
                        "1")))
                .toQuestion("q1");
        assertThat(choice.options()).containsExactly("Too low", "About right", "Too high");
        assertThat(choice.maxLength()).isNull();
        assertThat(choice.scale()).isNull();
        assertThat(choice.required()).isTrue();
        assertThat(choice.section()).isNull();

        QuestionForm scale = QuestionForm.from(form(Map.of(
                "type",
                "SCALE",
                "text",
                "Easy?",
                "scaleMin",
                "1",
                "scaleMax",
                "five",
                "showIfQuestion",
                "q1",
                "showIfEquals",
                "Too low")));
        assertThat(scale.check().get("scaleMin")).isEqualTo("editor_error_scale");

        Question conditional = QuestionForm.from(form(Map.of(
                        "type",
                        "FREE_TEXT",
                        "text",
                        "Why?",
                        "maxLength",
                        "500",
                        "showIfQuestion",
                        "q1",
                        "showIfEquals",
                        "Too low")))
                .toQuestion("q2");
        assertThat(conditional.maxLength()).isEqualTo(500);
        assertThat(conditional.showIf().question()).isEqualTo("q1");
        assertThat(conditional.showIf().equals()).isEqualTo("Too low");
    }

    @Test
    void aQuestionReadBackFillsItsFormAsItWasWritten() {
        Question written = QuestionForm.from(form(
                        Map.of("type", "MULTIPLE_CHOICE", "text", "How?", "section", "rates", "options", "Bank\nCash")))
                .toQuestion("q3");
        assertThat(QuestionForm.of(written))
                .isEqualTo(QuestionForm.from(form(Map.of(
                        "type", "MULTIPLE_CHOICE", "text", "How?", "section", "rates", "options", "Bank\nCash"))));
    }

    private static MultivaluedMap<String, String> form(Map<String, String> values) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        values.forEach(form::add);
        return form;
    }
}
