package org.advisoryforum.gateway.web.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.ConsultationDetail.Scale;
import org.advisoryforum.gateway.client.ConsultationDetail.Section;
import org.advisoryforum.gateway.client.ConsultationDetail.ShowIf;
import org.advisoryforum.gateway.client.MemberViews.EarlierAnswer;
import org.junit.jupiter.api.Test;

class CheckAnswersTest {

    private static final Question RATES = new Question(
            "rates",
            "SCALE",
            "How fair are the rates?",
            "pay",
            true,
            null,
            null,
            new Scale(1, 5, "Not fair", "Very fair"),
            null);
    private static final Question WHY =
            new Question("why", "FREE_TEXT", "Why?", "pay", false, 2000, null, null, new ShowIf("rates", "1"));
    private static final Question TRAVEL =
            new Question("travel", "FREE_TEXT", "What about travel?", "travel", true, 2000, null, null, null);
    private static final ConsultationDetail CONSULTATION = new ConsultationDetail(
            UUID.randomUUID(),
            "Payments",
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
            List.of(new Section("pay", "Rates of pay", ""), new Section("travel", "Travel", "")),
            List.of(RATES, WHY, TRAVEL),
            null);

    @Test
    void rowsFollowThePagesWithScaleWordsSectionCommentsAndMissingRequiredAnswers() {
        // the service says "why" is not asked (it is asked only after a 1)
        List<CheckAnswers.Row> rows = CheckAnswers.rows(
                CONSULTATION,
                List.of(List.of(RATES, WHY), List.of(TRAVEL)),
                q -> !q.key().equals("why"),
                Map.of("rates", IntNode.valueOf(4)),
                Map.of(),
                Map.of(),
                section -> "pay".equals(section) ? "Rates should rise with inflation" : "");

        assertThat(rows)
                .extracting(CheckAnswers.Row::question)
                .containsExactly("How fair are the rates?", null, "What about travel?");
        assertThat(rows.get(0).scale()).isEqualTo(RATES.scale());
        assertThat(rows.get(0).answer()).isEqualTo("4");
        assertThat(rows.get(1).commentOn()).isEqualTo("Rates of pay");
        assertThat(rows.get(1).page()).isEqualTo(1);
        assertThat(rows.get(2).page()).isEqualTo(2);
        assertThat(rows.get(2).missing()).isTrue();
        assertThat(rows.get(0).missing()).isFalse();
    }

    @Test
    void aLinkedEarlierAnswerIsShownInItsOwnWordsWithTheConsultationItCameFrom() {
        UUID earlierId = UUID.randomUUID();
        EarlierAnswer earlier = new EarlierAnswer(
                earlierId,
                UUID.randomUUID(),
                "Travel expenses 2025",
                "What about travel?",
                TextNode.valueOf("Trains should be booked for us"));
        List<CheckAnswers.Row> rows = CheckAnswers.rows(
                CONSULTATION,
                List.of(List.of(TRAVEL)),
                q -> true,
                Map.of("travel", TextNode.valueOf("")),
                Map.of("travel", earlierId.toString()),
                Map.of(earlierId.toString(), earlier),
                section -> "");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.answer()).isEqualTo("Trains should be booked for us");
            assertThat(row.linkedFrom()).isEqualTo("Travel expenses 2025");
            assertThat(row.missing()).isFalse();
        });
    }
}
