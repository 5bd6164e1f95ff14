package org.advisoryforum.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When there is something to withdraw: the rule that decides whether "Withdraw my response" is offered at all. */
class MyResponseTest {

    @Test
    void aNewDraftWithNothingInItHasNothingToWithdraw() {
        assertThat(response(ResponseStatus.DRAFT, List.of(), List.of()).withdrawable())
                .isFalse();
        assertThat(response(ResponseStatus.DRAFT, List.of(), List.of(new MyResponse.SectionComment("rates", " ")))
                        .withdrawable())
                .isFalse();
    }

    @Test
    void aSavedAnswerOrCommentOrASentResponseCanBeWithdrawn() {
        assertThat(response(
                                ResponseStatus.DRAFT,
                                List.of(new MyResponse.Answer("p1", TextNode.valueOf("About right"), null)),
                                List.of())
                        .withdrawable())
                .isTrue();
        assertThat(response(
                                ResponseStatus.DRAFT,
                                List.of(),
                                List.of(new MyResponse.SectionComment("rates", "Pay on time")))
                        .withdrawable())
                .isTrue();
        assertThat(response(ResponseStatus.SUBMITTED, List.of(), List.of()).withdrawable())
                .isTrue();
    }

    @Test
    void aWithdrawnResponseCannotBeWithdrawnAgain() {
        assertThat(response(ResponseStatus.WITHDRAWN, List.of(), List.of()).withdrawable())
                .isFalse();
    }

    private static MyResponse response(
            ResponseStatus status, List<MyResponse.Answer> answers, List<MyResponse.SectionComment> comments) {
        return new MyResponse(UUID.randomUUID(), status, "ANONYMOUS", answers, comments);
    }
}
