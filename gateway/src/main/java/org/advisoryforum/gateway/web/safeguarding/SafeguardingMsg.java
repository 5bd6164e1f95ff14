package org.advisoryforum.gateway.web.safeguarding;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the safeguarding pages (the restricted list, its audit, flagging a concern); Welsh in messages/safeguarding_cy.properties. */
@MessageBundle(value = "safeguarding", locale = "en")
public interface SafeguardingMsg {

    @Message("Safeguarding concerns")
    String sg_link();

    @Message("Safeguarding concerns")
    String sg_title();

    @Message(
            "Answers and comments staff flagged as raising a safeguarding concern. This list is never public, and every time it is read is recorded.")
    String sg_lead();

    @Message("No concern has been flagged.")
    String sg_none();

    @Message("Flagged on {date}")
    String sg_flag_heading(String date);

    @Message("Consultation")
    String sg_consultation();

    @Message("Where")
    String sg_where();

    @Message("Question {key}")
    String sg_question(String key);

    @Message("Comment on section {key}")
    String sg_section(String key);

    @Message("Their words")
    String sg_words();

    @Message("Not held by tracking: the author did not allow quoting. Read the response in the consultation.")
    String sg_words_withheld();

    @Message("The concern")
    String sg_concern();

    @Message("Member (pseudonymous id, to follow up through the forum)")
    String sg_member();

    @Message("Flagged by (staff account)")
    String sg_flagged_by();

    @Message("Audit: who flagged and who read")
    String sg_audit();

    @Message("Nothing has been recorded yet.")
    String sg_audit_none();

    @Message("What")
    String sg_audit_event();

    @Message("Who (account)")
    String sg_audit_actor();

    @Message("When")
    String sg_audit_at();

    @Message("Flagged a concern")
    String sg_event_FLAGGED();

    @Message("Read the list")
    String sg_event_LISTED();

    @Message("Flag a safeguarding concern")
    String sg_flag_link();

    @Message("Flag a safeguarding concern")
    String sg_flag_title();

    @Message(
            "The safeguarding lead will read this answer and your concern. It is never shown to the public or to other members.")
    String sg_flag_lead();

    @Message("What is the concern?")
    String sg_flag_concern();

    @Message("Say what in the answer worries you and whether anyone may be at risk now.")
    String sg_flag_concern_hint();

    @Message("Send to the safeguarding lead")
    String sg_flag_send();

    @Message("The concern has been sent to the safeguarding lead.")
    String sg_flag_sent();

    @Message("Back to the consultation")
    String sg_back_to_consultation();

    @Message("Enter what the concern is")
    String sg_error_concern_missing();

    @Message("The concern must be 2000 characters or fewer")
    String sg_error_concern_long();

    @Message("There is no such answer or comment: go back to the consultation and choose it again")
    String sg_error_unknown_input();

    @Message("The concern could not be sent: check it and try again")
    String sg_error_refused();

    @Message("Sent")
    String sg_done();
}
