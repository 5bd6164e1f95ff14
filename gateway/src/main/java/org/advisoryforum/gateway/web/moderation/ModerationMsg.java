package org.advisoryforum.gateway.web.moderation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the staff moderation pages, and of the moderated quotes, the response clock and unsettled promises on
 * the public "You said, we did" page; Welsh in messages/moderation_cy.properties. A bundle of its own: Msg is close
 * to the 300 messages a Quarkus 3.34 bundle can hold.
 */
@MessageBundle(value = "moderation", locale = "en")
public interface ModerationMsg {

    @Message("Quotes waiting for moderation")
    String moderation_title();

    @Message("Moderate quotes before they are published")
    String moderation_link();

    @Message(
            "Nothing a member wrote is quoted publicly until staff approve it, remove some words or decide not to use it.")
    String moderation_lead();

    @Message("Filter the list")
    String moderation_filter();

    @Message("Consultation")
    String moderation_consultation();

    @Message("All consultations")
    String moderation_all_consultations();

    @Message("Status")
    String moderation_status();

    @Message("Show")
    String moderation_show();

    @Message("Waiting")
    String moderation_status_PENDING();

    @Message("Approved")
    String moderation_status_APPROVED();

    @Message("Some words removed")
    String moderation_status_REDACTED();

    @Message("Not used")
    String moderation_status_REJECTED();

    @Message("There is nothing in this list.")
    String moderation_none();

    @Message("Words")
    String moderation_words();

    @Message("From")
    String moderation_from();

    @Message("Waiting since")
    String moderation_queued();

    @Message("Moderate")
    String moderation_moderate();

    @Message("Answer to question {key}")
    String moderation_answer_to(String key);

    @Message("Comment on section {key}")
    String moderation_comment_on(String key);

    @Message("quoted by name")
    String moderation_attribution_NAMED();

    @Message("quoted anonymously")
    String moderation_attribution_ANONYMOUS();

    @Message("Your decision is recorded.")
    String moderation_decided();

    @Message("Back to the quotes waiting")
    String moderation_back();

    @Message("Moderate these words")
    String moderation_item_title();

    @Message("As the member wrote them")
    String moderation_as_written();

    @Message("What the public sees")
    String moderation_public_text();

    @Message("Not used because:")
    String moderation_not_used_because();

    @Message("Your decision")
    String moderation_decision();

    @Message("The author is told if words are removed or not used, and why.")
    String moderation_decision_hint();

    @Message("Approve: quote the words as written")
    String moderation_decision_APPROVE();

    @Message("Remove some words and quote the rest")
    String moderation_decision_REDACT();

    @Message("Do not use these words")
    String moderation_decision_REJECT();

    @Message("The exact words to remove")
    String moderation_words_to_remove();

    @Message("Copy them from the words above. Every place they appear is removed.")
    String moderation_words_to_remove_hint();

    @Message("Or give their position, counting characters (spaces included) from 1")
    String moderation_or_position();

    @Message("First character to remove")
    String moderation_first();

    @Message("Last character to remove")
    String moderation_last();

    @Message("Why these words are removed")
    String moderation_span_reason();

    @Message("Why the words are not used")
    String moderation_reject_reason();

    @Message("Choose a reason")
    String moderation_choose_reason();

    @Message("Record the decision")
    String moderation_record();

    @Message("Decisions so far")
    String moderation_history();

    @Message("There is a problem")
    String moderation_error_title();

    @Message("Error:")
    String moderation_error_prefix();

    @Message("Choose a decision")
    String moderation_error_decision();

    @Message("Choose why the words are not used")
    String moderation_error_reason();

    @Message("Choose why the words are removed")
    String moderation_error_span_reason();

    @Message("Enter the words to remove, or their position")
    String moderation_error_span();

    @Message("These words are not in the text: copy them exactly")
    String moderation_error_words_not_found();

    @Message("Enter a whole number from 1")
    String moderation_error_position();

    @Message("Say what to remove, or why the words are not used")
    String moderation_refused_required();

    @Message("The last character must come after the first")
    String moderation_refused_not_after_start();

    @Message("That position is beyond the end of the words")
    String moderation_refused_beyond_text();

    @Message("Two parts to remove overlap")
    String moderation_refused_overlapping();

    @Message("That removes all the words: choose Do not use these words instead")
    String moderation_refused_removes_everything();

    @Message("That does not go with this decision")
    String moderation_refused_not_allowed();

    @Message("These words changed meanwhile: look at them again")
    String moderation_refused_conflict();

    @Message("The decision could not be recorded: check the form")
    String moderation_refused_invalid();

    @Message("names a third party")
    String reason_NAMES_THIRD_PARTY();

    @Message("could identify the author")
    String reason_IDENTIFIES_AUTHOR();

    @Message("gives personal details")
    String reason_PERSONAL_DETAILS();

    @Message("offensive language")
    String reason_OFFENSIVE();

    @Message("not about this consultation")
    String reason_OFF_TOPIC();

    @Message("cannot be published for legal reasons")
    String reason_LEGAL();

    @Message("removed")
    String removed();

    @Message("for another reason")
    String reason_OTHER();

    @Message("Outcome due by {date}")
    String outcome_due_by(String date);

    @Message("Overdue since {date}")
    String overdue_since(String date);

    @Message("a commitment without a date")
    String commitment_without_date();

    @Message("This promises something but does not say who will do it by when.")
    String commitment_without_date_hint();
}
