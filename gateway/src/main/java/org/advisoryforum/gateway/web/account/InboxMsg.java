package org.advisoryforum.gateway.web.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a member's inbox: each notification forum-service stores as a message key and parameters is worded
 * here ({@code inboxNotice.html}), English and Welsh (messages/inbox_cy.properties). Status words come from Msg,
 * days from Dates, in the page's language.
 */
@MessageBundle(value = "inbox", locale = "en")
public interface InboxMsg {

    @Message("You are invited to take part")
    String in_invitation_title();

    @Message("A new consultation is open until {day}. Your view would help.")
    String in_invitation_body_until(String day);

    @Message("A new consultation is open. Your view would help.")
    String in_invitation_body();

    @Message("You are invited to a forum meeting")
    String in_meeting_title();

    @Message("The meeting is on {when}. Tell us whether you can come and what you need to take part.")
    String in_meeting_body(String when);

    @Message("Something you said has moved on")
    String in_action_title();

    @Message("An action linked to your answer has a new status:")
    String in_action_status();

    @Message("See what became of what you said")
    String in_action_link();

    @Message("Your words were not quoted")
    String in_quote_rejected_title();

    @Message("Staff did not use what you wrote as a public quote. Your answer still counts in what the forum said.")
    String in_quote_rejected_body();

    @Message("Part of your words was removed")
    String in_quote_redacted_title();

    @Message("Staff removed part of what you wrote before quoting it. The public page shows where words were removed.")
    String in_quote_redacted_body();

    @Message("Why:")
    String in_because();

    @Message("it names someone else")
    String in_reason_NAMES_THIRD_PARTY();

    @Message("it could identify you")
    String in_reason_IDENTIFIES_AUTHOR();

    @Message("it gives personal details")
    String in_reason_PERSONAL_DETAILS();

    @Message("it uses offensive language")
    String in_reason_OFFENSIVE();

    @Message("it is not about this consultation")
    String in_reason_OFF_TOPIC();

    @Message("it cannot be published for legal reasons")
    String in_reason_LEGAL();

    @Message("Did it make a difference?")
    String in_difference_title();

    @Message("You took part in what led to this action. Now it is time to review it: did it make a difference?")
    String in_difference_body();

    @Message("Tell us whether it made a difference")
    String in_difference_link();
}
