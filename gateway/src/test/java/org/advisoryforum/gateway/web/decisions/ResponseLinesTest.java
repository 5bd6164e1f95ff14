package org.advisoryforum.gateway.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationStatus;
import org.advisoryforum.gateway.client.StaffViews;
import org.junit.jupiter.api.Test;

/** How staff read a response: question text in the order asked, comments under their section, nothing dropped. */
class ResponseLinesTest {

    private static final ConsultationDetail.Scale SCALE = new ConsultationDetail.Scale(1, 5, "Not at all", "Essential");
    private static final ConsultationDetail CONSULTATION = new ConsultationDetail(
            UUID.randomUUID(),
            "t",
            "s",
            "p",
            "POLICY",
            "MEMBERS_AND_PUBLIC",
            "Engagement",
            ConsultationStatus.CLOSED,
            null,
            null,
            null,
            1,
            List.of(
                    new ConsultationDetail.Section("intro", "Introduction", "x"),
                    new ConsultationDetail.Section("rates", "Rates", "y")),
            List.of(
                    new ConsultationDetail.Question(
                            "q1",
                            "SINGLE_CHOICE",
                            "Are these rates fair?",
                            "rates",
                            true,
                            null,
                            List.of("Too low", "About right"),
                            null,
                            null),
                    new ConsultationDetail.Question(
                            "q2", "SCALE", "How much does it matter?", "rates", true, null, List.of(), SCALE, null)),
            null);

    @Test
    void answersFollowTheQuestionOrderThenTheSectionCommentAndAScaleKeepsItsEnds() {
        StaffViews.Response response = new StaffViews.Response(
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of(),
                "ANONYMOUS",
                "ONLINE",
                List.of(
                        new StaffViews.Answer(UUID.randomUUID(), "q2", IntNode.valueOf(4)),
                        new StaffViews.Answer(UUID.randomUUID(), "q1", TextNode.valueOf("About right"))),
                List.of(
                        new StaffViews.Comment(UUID.randomUUID(), "rates", "Pay on time"),
                        new StaffViews.Comment(UUID.randomUUID(), "intro", "Clear")));

        List<ResponseLines.Line> lines = ResponseLines.lines(CONSULTATION, response);

        assertThat(lines)
                .extracting(ResponseLines.Line::label)
                .containsExactly("Are these rates fair?", "How much does it matter?", "Rates", "Introduction");
        assertThat(lines.get(1).scale()).isEqualTo(SCALE);
        assertThat(lines.get(1).answer()).isEqualTo("4");
        assertThat(lines.get(0).scale()).isNull();
        assertThat(lines.get(2).comment()).isTrue();
    }

    @Test
    void anAnswerToAQuestionTheDraftNoLongerHasIsStillShown() {
        StaffViews.Response response = new StaffViews.Response(
                UUID.randomUUID(),
                UUID.randomUUID(),
                List.of(),
                "ANONYMOUS",
                "PAPER",
                List.of(new StaffViews.Answer(UUID.randomUUID(), "gone", TextNode.valueOf("Yes"))),
                List.of());

        assertThat(ResponseLines.lines(CONSULTATION, response))
                .extracting(ResponseLines.Line::answer)
                .containsExactly("Yes");
    }
}
