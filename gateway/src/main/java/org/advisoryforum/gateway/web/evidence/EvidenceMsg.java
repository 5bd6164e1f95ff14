package org.advisoryforum.gateway.web.evidence;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the staff pages for the response clock, an action's evidence and the traces from an action back and
 * from an answer forward; Welsh in messages/evidence_cy.properties.
 */
@MessageBundle(value = "evidence", locale = "en")
public interface EvidenceMsg {

    @Message("Response clock: when the outcome is due")
    String ev_clock_link();

    @Message("Response clock")
    String ev_clock_title();

    @Message(
            "The public page shows \"Outcome due by …\" and, once late, \"Overdue since …\". The default is 12 weeks after closing.")
    String ev_clock_lead();

    @Message("Closes")
    String ev_closes();

    @Message("Outcome due by")
    String ev_due_by();

    @Message("Not known until it closes")
    String ev_not_known();

    @Message("Overdue since")
    String ev_overdue_since();

    @Message("Outcome published")
    String ev_published();

    @Message("Not yet")
    String ev_not_yet();

    @Message("Set the date the outcome is due")
    String ev_set_due();

    @Message("A day on or after closing, for example 30 4 2027")
    String ev_set_due_hint();

    @Message("Day")
    String ev_day();

    @Message("Month")
    String ev_month();

    @Message("Year")
    String ev_year();

    @Message("Save the due date")
    String ev_save_due();

    @Message("The outcome's due date is saved.")
    String ev_due_saved();

    @Message("Enter a real date, for example 30 4 2027")
    String ev_error_date();

    @Message("The due date must not be before the consultation closes")
    String ev_error_before_closing();

    @Message("The outcome is already published: its due date stays as it was")
    String ev_error_outcome_published();

    @Message("The outcome is already overdue: its due date is not moved after the fact")
    String ev_error_already_overdue();

    @Message("This could not be saved: check it and try again")
    String ev_error_refused();

    @Message("Before you publish the outcome")
    String ev_before_publishing();

    @Message(
            "A commitment without a date: its words promise something (\"we will …\") but it has no due date. The public page will say so.")
    String ev_undated_warning();

    @Message("Every promise has a due date.")
    String ev_no_undated();

    @Message("Back to the consultation")
    String ev_back();

    @Message("Back to the action")
    String ev_back_to_action();

    @Message("Record evidence of what changed")
    String ev_evidence_link();

    @Message("Evidence of what changed")
    String ev_evidence_title();

    @Message(
            "An action marked implemented or partly adopted needs evidence: a draft change, a published document, or a concrete description of what changed (five words or more, not a promise).")
    String ev_evidence_lead();

    @Message("Evidence so far")
    String ev_evidence_now();

    @Message("None yet.")
    String ev_evidence_none();

    @Message("Section {key} of the draft, version {from} to {to}")
    String ev_draft_change(String key, int from, int to);

    @Message("Published document")
    String ev_document();

    @Message("What changed")
    String ev_description();

    @Message("What is its status now?")
    String ev_field_status();

    @Message("Implemented")
    String ev_status_IMPLEMENTED();

    @Message("Partly adopted")
    String ev_status_PARTLY_ADOPTED();

    @Message("The reason, shown to the public (needed for partly adopted)")
    String ev_field_reason();

    @Message("Link to the published document")
    String ev_field_url();

    @Message("For example, https://www.example.gov.uk/guidance")
    String ev_field_url_hint();

    @Message("What changed, in your words")
    String ev_field_description();

    @Message("Say what is different now, for example \"Claims are now paid within ten working days\".")
    String ev_field_description_hint();

    @Message("Save the status and evidence")
    String ev_save_evidence();

    @Message("The status and its evidence are saved.")
    String ev_evidence_saved();

    @Message("Choose implemented or partly adopted")
    String ev_error_status();

    @Message("Enter the reason: it is needed when an action is partly adopted")
    String ev_error_reason();

    @Message("Give a link to a published document or say what changed")
    String ev_error_evidence_required();

    @Message("Enter a link that starts with https:// or http://")
    String ev_error_url();

    @Message("Say what changed in five words or more")
    String ev_error_not_concrete();

    @Message("Say what has changed, not what will change")
    String ev_error_a_promise();

    @Message("This is too long: shorten it")
    String ev_error_too_long();

    @Message("The action cannot move to this status from where it is now")
    String ev_error_conflict();

    @Message("Review date (when we check whether it made a difference)")
    String ev_review_date();

    @Message("Trace this action back to the answers behind it")
    String ev_trace_link();

    @Message("Where this action came from")
    String ev_trace_title();

    @Message(
            "The key points this action answers and the answers and comments behind each. Words are shown only where their author allowed quoting.")
    String ev_trace_lead();

    @Message("Key point")
    String ev_key_point();

    @Message("No answer or comment is linked to this key point.")
    String ev_no_inputs();

    @Message("Answer to question {key}")
    String ev_input_answer(String key);

    @Message("Comment on section {key}")
    String ev_input_comment(String key);

    @Message("Words not shown: the author did not allow quoting.")
    String ev_words_withheld();

    @Message("What became of it")
    String ev_forward();

    @Message("What became of this answer")
    String ev_forward_link();

    @Message("What became of this answer")
    String ev_forward_title();

    @Message("This answer has not fed a key point yet.")
    String ev_forward_none();

    @Message("No action answers this key point yet.")
    String ev_no_actions();

    @Message("Action")
    String ev_action();

    @Message("Status")
    String ev_status();

    @Message("Saved")
    String ev_done();

    @Message("Median days from closing to the outcome")
    String ev_impact_median();

    @Message("Outcomes published by their due date")
    String ev_impact_on_time();

    @Message("{count} overdue now")
    String ev_impact_overdue(int count);

    @Message("Optional. For example 2027-06-30")
    String ev_review_date_hint();
}
