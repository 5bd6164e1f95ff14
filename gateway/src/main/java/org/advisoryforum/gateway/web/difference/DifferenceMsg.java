package org.advisoryforum.gateway.web.difference;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of "did it make a difference?": the member's question page, the staff list of actions due for review and
 * the counts on the public "You said, we did" page. Welsh in messages/difference_cy.properties.
 */
@MessageBundle(value = "difference", locale = "en")
public interface DifferenceMsg {

    @Message("Did it make a difference?")
    String df_title();

    @Message(
            "You took part in what led to this action. Its review date has come: tell us whether it made a difference.")
    String df_lead();

    @Message("What we did")
    String df_action();

    @Message("Review date")
    String df_review_date();

    @Message("Did it make a difference?")
    String df_question();

    @Message("It made a difference")
    String df_MADE_A_DIFFERENCE();

    @Message("It made some difference")
    String df_SOME_DIFFERENCE();

    @Message("It made no difference")
    String df_NO_DIFFERENCE();

    @Message("Tell us more (optional)")
    String df_comment();

    @Message("Only staff read what you write here. It is never published.")
    String df_comment_hint();

    @Message("Send my answer")
    String df_send();

    @Message("Your answer has been sent. You can change it here.")
    String df_sent();

    @Message("Your answer so far: {answer}")
    String df_your_answer(String answer);

    @Message("Choose whether it made a difference")
    String df_error_answer();

    @Message("Tell us more in 2,000 characters or fewer")
    String df_error_comment();

    @Message("This action is not due for review yet")
    String df_error_not_due();

    @Message("Only members whose answers led to this action are asked about it")
    String df_error_not_contributor();

    @Message("Actions due for review")
    String df_staff_title();

    @Message(
            "Each action whose review date has come. The members behind it were asked whether it made a difference; their answers are counted here and their comments are for staff only.")
    String df_staff_lead();

    @Message("No action is due for review.")
    String df_staff_none();

    @Message("Members asked")
    String df_staff_asked();

    @Message("Not asked yet: the next check asks them")
    String df_staff_not_asked();

    @Message("Answers")
    String df_staff_answers();

    @Message("Comments (staff only)")
    String df_staff_comments();

    @Message("Open the action")
    String df_staff_open();

    @Message("See actions due for review")
    String df_staff_link();

    @Message("Did it make a difference? Members behind this action answered:")
    String df_public_counts();

    @Message("{count} said it made a difference")
    String df_public_made(long count);

    @Message("{count} said it made some difference")
    String df_public_some(long count);

    @Message("{count} said it made no difference")
    String df_public_none(long count);
}
