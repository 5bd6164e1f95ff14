package org.advisoryforum.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

    private static Question question(String key, boolean required, String showIfQuestion, String showIfEquals) {
        Question q = new Question();
        q.key = key;
        q.type = QuestionType.FREE_TEXT;
        q.required = required;
        q.showIfQuestion = showIfQuestion;
        q.showIfEquals = showIfEquals;
        return q;
    }

    private static final Question CARER = question("carer", true, null, null);
    private static final Question CARING_FOR = question("caring-for", true, "carer", "Yes");
    private static final Question HOURS = question("hours", true, "caring-for", "A parent");
    private static final Question RATING = question("rating", false, null, null);
    private static final List<Question> QUESTIONS = List.of(CARER, CARING_FOR, HOURS, RATING);

    @Test
    void withNoAnswersOnlyQuestionsWithoutAConditionAreAsked() {
        assertThat(AnswerRules.askedKeys(QUESTIONS, Map.of())).containsExactly("carer", "rating");
    }

    @Test
    void aConditionHoldsWhenTheAnswerItNamesWasGivenAlsoAmongSeveralChoicesOrAsANumber() {
        Question why = question("why", false, "score", "1");
        Question score = question("score", false, null, null);
        assertThat(AnswerRules.askedKeys(List.of(score, why), Map.of("score", IntNode.valueOf(1))))
                .contains("why");
        assertThat(AnswerRules.askedKeys(List.of(score, why), Map.of("score", IntNode.valueOf(4))))
                .doesNotContain("why");
        Question support = question("support", false, null, null);
        Question advocate = question("advocate", false, "support", "Offer an advocate");
        JsonNode both = JsonNodeFactory.instance.arrayNode().add("Easy read").add("Offer an advocate");
        assertThat(AnswerRules.askedKeys(List.of(support, advocate), Map.of("support", both)))
                .contains("advocate");
    }

    @Test
    void anAnswerToAQuestionThatIsNotAskedCallsForNothingAlongAChain() {
        Map<String, JsonNode> stale =
                Map.of("carer", TextNode.valueOf("No"), "caring-for", TextNode.valueOf("A parent"));
        assertThat(AnswerRules.askedKeys(QUESTIONS, stale)).containsExactly("carer", "rating");
        assertThat(AnswerRules.missingRequired(QUESTIONS, stale)).isEmpty();

        Map<String, JsonNode> carer =
                Map.of("carer", TextNode.valueOf("Yes"), "caring-for", TextNode.valueOf("A parent"));
        assertThat(AnswerRules.askedKeys(QUESTIONS, carer)).containsExactly("carer", "caring-for", "hours", "rating");
        assertThat(AnswerRules.missingRequired(QUESTIONS, carer)).containsExactly("hours");
    }
}
