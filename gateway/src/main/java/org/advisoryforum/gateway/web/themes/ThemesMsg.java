package org.advisoryforum.gateway.web.themes;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the staff pages for suggested themes; Welsh in messages/themes_cy.properties. */
@MessageBundle(value = "themes", locale = "en")
public interface ThemesMsg {

    @Message("Suggested themes")
    String themes_title();

    @Message("Suggest themes from free-text answers")
    String themes_link();

    @Message("Back to the consultation")
    String themes_back();

    @Message(
            "The answers to a free-text question can be grouped into suggested themes. The grouping runs on this service: no answer is sent to any outside service. Staff decide: accept a theme as a key point, change its label, merge two themes or reject one.")
    String themes_lead();

    @Message("Themes can be suggested once the consultation has closed.")
    String themes_not_closed_yet();

    @Message("This consultation has no free-text questions.")
    String themes_no_free_text();

    @Message("Question")
    String themes_question();

    @Message("See suggested themes")
    String themes_see();

    @Message("Suggest themes")
    String themes_suggest();

    @Message("Suggest themes again")
    String themes_suggest_again();

    @Message("Nobody has asked for suggested themes of this question yet.")
    String themes_none_yet();

    @Message("Suggested on {when} by {who} from {answers} answers.")
    String themes_run_made(String when, String who, int answers);

    @Message("Answers")
    String themes_size();

    @Message("Top phrases")
    String themes_phrases();

    @Message("Answers near the centre of this theme")
    String themes_central();

    @Message("Grouped by")
    String themes_method();

    @Message("meaning (a sentence model on this service)")
    String themes_method_EMBEDDING();

    @Message("shared words (answers in Welsh)")
    String themes_method_TERMS();

    @Message("Waiting for a decision")
    String themes_status_SUGGESTED();

    @Message("Accepted as a key point")
    String themes_status_ACCEPTED();

    @Message("Rejected")
    String themes_status_REJECTED();

    @Message("Merged into another theme")
    String themes_status_MERGED();

    @Message("Decided by {who} on {when}")
    String themes_decided(String who, String when);

    @Message("Label")
    String themes_label();

    @Message("Accept as a key point")
    String themes_accept();

    @Message("The key point will link every answer of this theme, as if you had ticked them yourself.")
    String themes_accept_hint();

    @Message("Change the label")
    String themes_relabel();

    @Message("Save the label")
    String themes_save_label();

    @Message("Merge with another theme")
    String themes_merge();

    @Message("Theme to merge into this one")
    String themes_merge_with();

    @Message("Merge")
    String themes_merge_button();

    @Message("Reject this theme")
    String themes_reject();

    @Message("Key points of this consultation and where they came from")
    String themes_key_points();

    @Message("No key points yet.")
    String themes_no_key_points();

    @Message("Accepted from suggested themes by {who}")
    String themes_origin_SUGGESTED(String who);

    @Message("Made by hand by {who}")
    String themes_origin_STAFF(String who);

    @Message("Done.")
    String themes_done();

    @Message("There is a problem")
    String themes_error_title();

    @Message("Error:")
    String themes_error_prefix();

    @Message("Themes can be suggested only after the consultation has closed")
    String themes_error_consultation_not_closed();

    @Message("Themes can be suggested only for free-text questions")
    String themes_error_not_free_text();

    @Message("There are too few answers to this question to group (at least two are needed)")
    String themes_error_too_few_answers();

    @Message("This theme has already been decided: the page now shows what was decided")
    String themes_error_suggestion_decided();

    @Message("That theme does not exist any more: choose another")
    String themes_error_unknown_suggestion();

    @Message("Choose a different theme to merge with")
    String themes_error_same_suggestion();

    @Message("Choose a theme from the same set of suggestions")
    String themes_error_other_run();

    @Message("Enter a label")
    String themes_error_label_required();

    @Message("The label must be 1,000 characters or fewer")
    String themes_error_label_too_long();

    @Message("Choose a theme to merge with")
    String themes_error_with_required();

    @Message("None of the answers of this theme is held any more")
    String themes_error_no_answers_left();

    @Message("The service refused this change: try again")
    String themes_error_refused();
}
