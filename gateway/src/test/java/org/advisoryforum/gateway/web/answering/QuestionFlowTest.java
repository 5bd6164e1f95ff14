package org.advisoryforum.gateway.web.answering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.ws.rs.NotFoundException;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.ConsultationDetail.ShowIf;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionFlowTest {

    private static final Question CARER = question("carer", true, null);
    private static final Question CARING_FOR = question("caring-for", true, new ShowIf("carer", "Yes"));
    private static final Question RATING = question("rating", false, null);
    /** Page 2 is asked only of carers. */
    private static final List<List<Question>> PAGES = List.of(List.of(CARER), List.of(CARING_FOR), List.of(RATING));

    private static Question question(String key, boolean required, ShowIf showIf) {
        return new Question(key, "FREE_TEXT", "Question " + key, null, required, 2000, null, null, showIf);
    }

    @Test
    void aPageAskedOnlyAfterAnAnswerNotGivenIsSkippedForwardAndBack() {
        QuestionFlow notACarer = new QuestionFlow(PAGES, Map.of("carer", TextNode.valueOf("No")));
        assertThat(notACarer.next(1)).isEqualTo(3);
        assertThat(notACarer.previous(3)).contains(1);

        QuestionFlow carer = new QuestionFlow(PAGES, Map.of("carer", TextNode.valueOf("Yes")));
        assertThat(carer.next(1)).isEqualTo(2);
        assertThat(carer.previous(3)).contains(2);
    }

    @Test
    void afterTheLastPageComesCheckAnswersAndBeforeTheFirstNothing() {
        QuestionFlow flow = new QuestionFlow(PAGES, Map.of());
        assertThat(flow.next(3)).isEqualTo(flow.pageCount() + 1);
        assertThat(flow.previous(1)).isEmpty();
        assertThatThrownBy(() -> flow.page(4)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flow.page(0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRequiredQuestionIsMissingOnlyWhenItIsAskedAndNeitherAnsweredNorLinked() {
        Map<String, JsonNode> given = Map.of("carer", TextNode.valueOf("Yes"), "caring-for", TextNode.valueOf(" "));
        QuestionFlow flow = new QuestionFlow(PAGES, given);
        assertThat(flow.unansweredRequired(List.of(CARER, CARING_FOR, RATING), Map.of()))
                .containsOnlyKeys("answers.caring-for").containsValue("required");
        assertThat(flow.unansweredRequired(List.of(CARING_FOR), Map.of("caring-for", "an-earlier-answer"))).isEmpty();
        assertThat(new QuestionFlow(PAGES, Map.of("carer", TextNode.valueOf("No")))
                .unansweredRequired(List.of(CARING_FOR), Map.of())).isEmpty();
    }

    @Test
    void aConditionHoldsOnlyWhenTheAnswerItNamesWasGivenAlsoAmongSeveralChoices() {
        Question followUp = question("why", false, new ShowIf("rating", "1"));
        assertThat(QuestionFlow.shown(followUp, Map.of("rating", IntNode.valueOf(1)))).isTrue();
        assertThat(QuestionFlow.shown(followUp, Map.of("rating", IntNode.valueOf(4)))).isFalse();
        assertThat(QuestionFlow.shown(followUp, Map.of())).isFalse();
        Question advocate = question("advocate", false, new ShowIf("support", "Offer an advocate"));
        assertThat(QuestionFlow.shown(advocate, Map.of("support", JsonNodeFactory.instance.arrayNode()
                .add("Easy read").add("Offer an advocate")))).isTrue();
    }
}
