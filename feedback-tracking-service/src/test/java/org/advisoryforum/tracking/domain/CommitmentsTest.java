package org.advisoryforum.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentsTest {

    private static Action action(ActionStatus status, String description, LocalDate dueDate) {
        Action action = new Action();
        action.status = status;
        action.description = description;
        action.owner = "Policy team";
        action.dueDate = dueDate;
        return action;
    }

    @Test
    void futureTenseCommitmentsAreFoundInEnglishAndWelshAsWholeWords() {
        assertThat(Commitments.promises("We will look at how letters are sent."))
                .isTrue();
        assertThat(Commitments.promises("We\u2019ll review the guidance")).isTrue();
        assertThat(Commitments.promises("The team WILL CONSIDER advocacy.")).isTrue();
        assertThat(Commitments.promises("Byddwn yn edrych ar sut mae llythyrau'n cael eu hanfon."))
                .isTrue();
        assertThat(Commitments.promises("Rydym yn bwriadu newid y canllawiau.")).isTrue();

        assertThat(Commitments.promises("The guidance now says letters go out ten days before."))
                .isFalse();
        assertThat(Commitments.promises("Mae'r canllawiau yn dweud hyn nawr.")).isFalse();
        assertThat(Commitments.promises("We willingly changed section 3.")).isFalse(); // "will" inside a word
        assertThat(Commitments.promises(null)).isFalse();
    }

    @Test
    void aPromiseStillToBeKeptWithoutADueDateIsACommitmentWithoutADate() {
        assertThat(Commitments.withoutDate(action(ActionStatus.AGREED, "We will look at carers' assessments.", null)))
                .isTrue();
        assertThat(Commitments.withoutDate(action(ActionStatus.PROPOSED, "Byddwn yn ystyried eiriolaeth.", null)))
                .isTrue();
        assertThat(Commitments.withoutDate(
                        action(ActionStatus.AGREED, "We will look at carers' assessments.", LocalDate.of(2026, 6, 30))))
                .isFalse();
        assertThat(Commitments.withoutDate(
                        action(ActionStatus.IMPLEMENTED, "We will look at carers' assessments.", null)))
                .isFalse();
        assertThat(Commitments.withoutDate(action(ActionStatus.AGREED, "Carers' assessments now cover respite.", null)))
                .isFalse();
    }
}
