package org.advisoryforum.gateway.web.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.ConsultationDetail.ShowIf;
import org.advisoryforum.gateway.client.MyResponse;
import org.advisoryforum.gateway.client.ResponseStatus;
import org.junit.jupiter.api.Test;

/** The pages follow which questions consultation-service says are asked; the gateway judges no condition itself. */
class QuestionFlowTest {

    private static final Question CARER = question("carer", true, null);
    private static final Question CARING_FOR = question("caring-for", true, new ShowIf("carer", "Yes"));
    private static final Question RATING = question("rating", false, null);
    /** Page 2 is asked only of carers. */
    private static final List<List<Question>> PAGES = List.of(List.of(CARER), List.of(CARING_FOR), List.of(RATING));

    private static final ConsultationDetail CONSULTATION = new ConsultationDetail(
            UUID.randomUUID(),
            "Carers",
            "",
            "",
            "POLICY",
            "",
            "",
            null,
            null,
            null,
            null,
            1,
            List.of(),
            List.of(CARER, CARING_FOR, RATING),
            List.of("carer", "rating"));

    private static Question question(String key, boolean required, ShowIf showIf) {
        return new Question(key, "FREE_TEXT", "Question " + key, null, required, 2000, null, null, showIf);
    }

    private static MyResponse response(Map<String, String> answers, List<String> asked) {
        return new MyResponse(
                UUID.randomUUID(),
                ResponseStatus.DRAFT,
                "NONE",
                answers.entrySet().stream()
                        .map(a -> new MyResponse.Answer(a.getKey(), TextNode.valueOf(a.getValue()), null))
                        .toList(),
                List.of(),
                asked);
    }

    @Test
    void aPageTheServiceSaysIsNotAskedIsSkippedForwardAndBack() {
        QuestionFlow notACarer =
                QuestionFlow.of(PAGES, CONSULTATION, response(Map.of("carer", "No"), List.of("carer", "rating")));
        assertThat(notACarer.next(1)).isEqualTo(3);
        assertThat(notACarer.previous(3)).contains(1);

        QuestionFlow carer = QuestionFlow.of(
                PAGES, CONSULTATION, response(Map.of("carer", "Yes"), List.of("carer", "caring-for", "rating")));
        assertThat(carer.next(1)).isEqualTo(2);
        assertThat(carer.previous(3)).contains(2);
    }

    @Test
    void theServicesWordIsFollowedEvenWhereTheAnswersShownSeemToSayOtherwise() {
        // e.g. the condition is met by an earlier answer the member linked ("I said this before"): the service knows
        QuestionFlow linked =
                QuestionFlow.of(PAGES, CONSULTATION, response(Map.of(), List.of("carer", "caring-for", "rating")));
        assertThat(linked.next(1)).isEqualTo(2);
        assertThat(linked.asked(CARING_FOR)).isTrue();
        // and an answer that seems to meet a condition asks nothing the service did not say
        QuestionFlow notAsked =
                QuestionFlow.of(PAGES, CONSULTATION, response(Map.of("carer", "Yes"), List.of("carer", "rating")));
        assertThat(notAsked.asked(CARING_FOR)).isFalse();
    }

    @Test
    void beforeTheFirstSaveTheConsultationSaysWhatIsAsked() {
        QuestionFlow fresh = QuestionFlow.of(PAGES, CONSULTATION, null);
        assertThat(fresh.asked(CARER)).isTrue();
        assertThat(fresh.asked(CARING_FOR)).isFalse();
        assertThat(fresh.next(1)).isEqualTo(3);
    }

    @Test
    void whenTheServiceDoesNotSayEveryQuestionIsOfferedRatherThanNone() {
        ConsultationDetail silent = new ConsultationDetail(
                CONSULTATION.id(),
                "Carers",
                "",
                "",
                "POLICY",
                "",
                "",
                null,
                null,
                null,
                null,
                1,
                List.of(),
                CONSULTATION.questions(),
                null);
        QuestionFlow fresh = QuestionFlow.of(PAGES, silent, null);
        assertThat(fresh.asked(CARING_FOR)).isTrue();
        assertThat(fresh.next(1)).isEqualTo(2);
        assertThat(QuestionFlow.of(PAGES, silent, response(Map.of("carer", "No"), null))
                        .asked(CARING_FOR))
                .isTrue();
    }

    @Test
    void afterTheLastPageComesCheckAnswersAndBeforeTheFirstNothing() {
        QuestionFlow flow = QuestionFlow.of(PAGES, CONSULTATION, null);
        assertThat(flow.next(3)).isEqualTo(flow.pageCount() + 1);
        assertThat(flow.previous(1)).isEmpty();
        assertThatThrownBy(() -> flow.page(4)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flow.page(0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRequiredQuestionIsMissingOnlyWhenItIsAskedAndNeitherAnsweredNorLinked() {
        Map<String, JsonNode> given = Map.of("carer", TextNode.valueOf("Yes"), "caring-for", TextNode.valueOf(" "));
        QuestionFlow flow = new QuestionFlow(PAGES, given, Set.of("carer", "caring-for", "rating"));
        assertThat(flow.unansweredRequired(List.of(CARER, CARING_FOR, RATING), Map.of()))
                .containsOnlyKeys("answers.caring-for")
                .containsValue("required");
        assertThat(flow.unansweredRequired(List.of(CARING_FOR), Map.of("caring-for", "an-earlier-answer")))
                .isEmpty();
        assertThat(new QuestionFlow(PAGES, Map.of("carer", TextNode.valueOf("No")), Set.of("carer", "rating"))
                        .unansweredRequired(List.of(CARING_FOR), Map.of()))
                .isEmpty();
    }

    @Test
    void aRefusedPageShowsWhatWasTypedWithTheQuestionsAskedAsSaved() {
        QuestionFlow saved = QuestionFlow.of(
                PAGES, CONSULTATION, response(Map.of("carer", "Yes"), List.of("carer", "caring-for", "rating")));
        QuestionFlow typed =
                saved.showing(Map.of("carer", TextNode.valueOf("Yes"), "caring-for", TextNode.valueOf("")));
        assertThat(typed.asked(CARING_FOR)).isTrue();
        assertThat(typed.unansweredRequired(List.of(CARING_FOR), Map.of())).containsOnlyKeys("answers.caring-for");
    }
}
