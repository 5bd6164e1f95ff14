package org.advisoryforum.gateway.web.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.junit.jupiter.api.Test;

class FieldViewTest {

    private static FieldView field(String type, String error, String typed) {
        Question question = new Question("q1", type, "Tell us more", "rates", true, 2000, null, null, null);
        return FieldView.of(question, typed == null ? null : TextNode.valueOf(typed), error);
    }

    @Test
    void aMissingAnswerIsAskedForInTheWordsOfItsKindOfQuestion() {
        assertThat(field("FREE_TEXT", "required", null).errorKind()).isEqualTo("missing_text");
        assertThat(field("SINGLE_CHOICE", "required", null).errorKind()).isEqualTo("missing_choice");
        assertThat(field("MULTIPLE_CHOICE", "not_empty", null).errorKind()).isEqualTo("missing_choices");
        assertThat(field("SCALE", "required", null).errorKind()).isEqualTo("scale");
    }

    @Test
    void aTooLongAnswerSaysTheLimitAndHowLongItIsAsPeopleWriteNumbers() {
        FieldView tooLong = field("FREE_TEXT", "too_long", "x".repeat(2150));
        assertThat(tooLong.errorKind()).isEqualTo("too_long");
        assertThat(tooLong.limit()).isEqualTo("2,000");
        assertThat(tooLong.typedLength()).isEqualTo("2,150");
    }

    @Test
    void eachServiceCodeHasItsWordsAndAnUnknownOneFallsBackToAGeneralMessage() {
        assertThat(field("SCALE", "out_of_range", "9").errorKind()).isEqualTo("scale");
        assertThat(field("SINGLE_CHOICE", "not_an_option", "Maybe").errorKind()).isEqualTo("option");
        assertThat(field("FREE_TEXT", "something_new", "x").errorKind()).isEqualTo("other");
        assertThat(field("FREE_TEXT", null, "x").errorKind()).isNull();
    }
}
