package org.advisoryforum.gateway.web.editor;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the staff editor and assisted-response pages; Welsh in messages/editor_cy.properties. A bundle of its
 * own because Quarkus 3.34 generates a broken resolver (VerifyError at start-up) for a bundle of more than 300
 * messages, and {@link Msg} is close to that already.
 */
@MessageBundle(value = "editor", locale = "en")
public interface EditorMsg {

    @Message("Create a consultation")
    String editor_create_title();

    @Message(
            "Start with the details. You add the draft's sections and the questions next, and publish when it is ready.")
    String editor_create_lead();

    @Message("Create the draft")
    String editor_create_button();

    @Message("Edit a draft consultation")
    String editor_edit_title();

    @Message("Edit the draft")
    String editor_edit_draft();

    @Message("Details")
    String editor_details_title();

    @Message("Title")
    String editor_title();

    @Message("Summary")
    String editor_summary();

    @Message("What the consultation is about and why we are asking.")
    String editor_summary_hint();

    @Message("Summary in plain words")
    String editor_plain();

    @Message("Short sentences and everyday words, so that everyone can follow. Needed before publishing.")
    String editor_plain_hint();

    @Message("Not written yet")
    String editor_none_yet();

    @Message("Kind of consultation")
    String editor_kind();

    @Message("Policy")
    String editor_kind_POLICY();

    @Message("Guidance")
    String editor_kind_GUIDANCE();

    @Message("Standard")
    String editor_kind_STANDARD();

    @Message("Who may answer")
    String editor_audience();

    @Message("Forum members only")
    String editor_audience_MEMBERS();

    @Message("Forum members and the public")
    String editor_audience_MEMBERS_AND_PUBLIC();

    @Message("Accountable team")
    String editor_team();

    @Message("Enter times in UTC (Coordinated Universal Time). In summer, UTC is one hour behind UK time.")
    String editor_times_utc();

    @Message("Opens")
    String editor_opens();

    @Message("Leave the date and time empty to open the consultation as soon as it is published.")
    String editor_opens_hint();

    @Message("When it is published")
    String editor_opens_on_publish();

    @Message("Closes")
    String editor_closes();

    @Message("For example, 31 January 2027 at 17:00.")
    String editor_closes_hint();

    @Message("Date")
    String editor_date();

    @Message("Time (UTC)")
    String editor_time();

    @Message("Sections of the draft")
    String editor_sections();

    @Message("There are no sections yet. A consultation needs at least one before members can read the draft.")
    String editor_no_sections();

    @Message("Add a section")
    String editor_add_section();

    @Message("Change a section")
    String editor_change_section();

    @Message("Heading")
    String editor_heading();

    @Message("Text")
    String editor_section_text();

    @Message("What this part of the draft says, up to 10,000 characters.")
    String editor_section_text_hint();

    @Message("Save the section")
    String editor_save_section();

    @Message("There are no questions yet.")
    String editor_no_questions();

    @Message("Add a question")
    String editor_add_question();

    @Message("Change a question")
    String editor_change_question();

    @Message("Type of question")
    String editor_type();

    @Message("Free text")
    String editor_type_FREE_TEXT();

    @Message("Choose one option")
    String editor_type_SINGLE_CHOICE();

    @Message("Choose one or more options")
    String editor_type_MULTIPLE_CHOICE();

    @Message("Scale of numbers")
    String editor_type_SCALE();

    @Message("Question")
    String editor_question_text();

    @Message("Section the question is about")
    String editor_question_section();

    @Message("No section: about the whole consultation")
    String editor_no_section();

    @Message("About the section '{heading}'")
    String editor_in_section(String heading);

    @Message("An answer is required")
    String editor_required();

    @Message("required")
    String editor_required_short();

    @Message("Most characters in an answer")
    String editor_max_length();

    @Message("Free-text questions only. Leave empty for 2,000.")
    String editor_max_length_hint();

    @Message("Options")
    String editor_options();

    @Message("Choice questions only. One option a line, at least two.")
    String editor_options_hint();

    @Message("Scale")
    String editor_scale();

    @Message("Scale questions only. Whole numbers from 0 to 10, the lowest first, and what the two ends mean.")
    String editor_scale_hint();

    @Message("Lowest")
    String editor_scale_min();

    @Message("Highest")
    String editor_scale_max();

    @Message("Lowest means")
    String editor_scale_min_label();

    @Message("Highest means")
    String editor_scale_max_label();

    @Message("A scale from {min} to {max}")
    String editor_scale_summary(int min, int max);

    @Message("Ask this question only after a certain answer")
    String editor_show_if();

    @Message(
            "Optional. Choose an earlier question and the answer, exactly as one of its options, that leads to this one.")
    String editor_show_if_hint();

    @Message("Earlier question")
    String editor_show_if_question();

    @Message("None: always ask this question")
    String editor_always_asked();

    @Message("Answer that leads to this question")
    String editor_show_if_equals();

    @Message("Asked only if the answer to '{question}' is '{answer}'")
    String editor_show_if_summary(String question, String answer);

    @Message("Save the question")
    String editor_save_question();

    @Message("Remove")
    String editor_remove();

    @Message("Are you sure you want to remove this section?")
    String editor_remove_section_title();

    @Message("Are you sure you want to remove this question?")
    String editor_remove_question_title();

    @Message("Yes, remove it")
    String editor_remove_confirm();

    @Message("Cancel")
    String editor_cancel();

    @Message("Publish")
    String editor_publish_heading();

    @Message(
            "When the details, sections and questions are ready, publish the consultation. You can check what will happen first.")
    String editor_publish_lead();

    @Message("Continue to publish")
    String editor_publish_continue();

    @Message("Publish this consultation")
    String editor_publish_title();

    @Message("It opens for answers as soon as you publish it, and closes on {closes}.")
    String editor_publish_opens_now(String closes);

    @Message("It will be scheduled: it opens for answers on {opens} and closes on {closes}.")
    String editor_publish_scheduled(String opens, String closes);

    @Message("Everyone can then read it, and forum members are invited to answer.")
    String editor_publish_invites();

    @Message("After publishing you can no longer change its details or sections.")
    String editor_publish_warning();

    @Message("Publish and open now")
    String editor_publish_now();

    @Message("Publish and schedule")
    String editor_publish_schedule();

    @Message("Enter a title of up to 200 characters")
    String editor_error_title();

    @Message("Enter a summary of up to 4,000 characters")
    String editor_error_summary();

    @Message("The summary in plain words can be up to 2,000 characters")
    String editor_error_plain();

    @Message("Choose the kind of consultation")
    String editor_error_kind();

    @Message("Choose who may answer")
    String editor_error_audience();

    @Message("Enter the accountable team, up to 200 characters")
    String editor_error_team();

    @Message("Enter a real opening date and time, or leave both empty")
    String editor_error_opens();

    @Message("Enter a real closing date and time, after the opening time")
    String editor_error_closes();

    @Message("Enter a heading of up to 200 characters")
    String editor_error_heading();

    @Message("Enter the text of the section, up to 10,000 characters")
    String editor_error_section_text();

    @Message("Questions belong to this section. Move them to another section or remove them first.")
    String editor_error_section_in_use();

    @Message("A draft needs at least one section. Add another section before removing this one.")
    String editor_error_last_section();

    @Message("Choose the type of question")
    String editor_error_type();

    @Message("Enter the question, up to 1,000 characters")
    String editor_error_question_text();

    @Message("Choose a section of the draft, or no section")
    String editor_error_section();

    @Message("Enter the most characters as a whole number from 1 to 10,000")
    String editor_error_max_length();

    @Message("Enter at least two different options, one a line")
    String editor_error_options();

    @Message("Enter whole numbers from 0 to 10 for the scale, the lowest smaller than the highest")
    String editor_error_scale();

    @Message("Choose an earlier question and enter one of its options exactly")
    String editor_error_show_if();

    @Message("Another question is asked only after an answer to this one. Change that question first.")
    String editor_error_question_in_use();

    @Message("Write the summary in plain words before publishing")
    String editor_error_publish_plain();

    @Message("Change the closing time to one in the future before publishing")
    String editor_error_publish_closes();

    @Message("This could not be saved. The consultation may no longer be a draft. Check it and try again.")
    String editor_error_other();

    @Message("Record an assisted response")
    String assisted_title();

    @Message(
            "For a member who answered by phone, on paper, in easy read or through a supporter. The response is marked as recorded by staff.")
    String assisted_lead();

    @Message("Member")
    String assisted_member();

    @Message("Choose the member")
    String assisted_choose_member();

    @Message("How did the response reach us?")
    String assisted_provenance();

    @Message("By phone")
    String assisted_provenance_PHONE();

    @Message("On paper")
    String assisted_provenance_PAPER();

    @Message("In easy read")
    String assisted_provenance_EASY_READ();

    @Message("Through a supporter")
    String assisted_provenance_SUPPORTER();

    @Message("Their answers")
    String assisted_answers();

    @Message("Enter the answers as the member gave them.")
    String assisted_answers_hint();

    @Message("Asked only if the answer to '{question}' is '{answer}'. Otherwise leave it empty.")
    String assisted_asked_if(String question, String answer);

    @Message("If we quote what they said, how should we do it?")
    String assisted_attribution();

    @Message("A response recorded by staff is never quoted with a name.")
    String assisted_attribution_hint();

    @Message("Quote them without their name")
    String assisted_attribution_ANONYMOUS();

    @Message("Do not quote them")
    String assisted_attribution_NONE();

    @Message("Record the response")
    String assisted_record();

    @Message("Choose the member who gave this response")
    String assisted_error_member();

    @Message("Choose how the response reached us")
    String assisted_error_provenance();

    @Message("Choose whether we may quote them without their name")
    String assisted_error_attribution();

    @Message("This member has already sent a response to this consultation")
    String assisted_error_already_answered();

    @Message("Response recorded")
    String assisted_recorded_title();

    @Message("It counts as the member's response, marked as recorded by staff.")
    String assisted_recorded_body();

    @Message("Record another response")
    String assisted_record_another();

    @Message("Answer this question")
    String assisted_error_required();

    @Message("Check this answer: it is not one the question accepts")
    String assisted_error_invalid();

    @Message("This response could not be recorded. Check the answers and try again.")
    String assisted_error_other();
}
