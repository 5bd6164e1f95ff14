package org.advisoryforum.gateway.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every word on the pages; Welsh in messages/msg_cy.properties. */
@MessageBundle(value = "msg", locale = "en")
public interface Msg {

    @Message("Advisory Forum")
    String service_name();

    @Message("Skip to main content")
    String skip_link();

    @Message("Sign in")
    String sign_in();

    @Message("Sign out")
    String sign_out();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Cymraeg")
    String other_language();

    @Message("cy")
    String other_language_code();

    @Message("Home")
    String nav_home();

    @Message("Consultations")
    String nav_consultations();

    @Message("Impact")
    String nav_impact();

    @Message("The national advisory forum: people with lived experience of social work, carers and social workers shaping policy and guidance.")
    String footer_text();

    @Message("Have your say")
    String home_title();

    @Message("The regulator asks the forum about draft policy and guidance, and shows what changed because of what you said.")
    String home_lead();

    @Message("Open consultations")
    String open_consultations();

    @Message("Closed consultations")
    String closed_consultations();

    @Message("There are no open consultations at the moment.")
    String no_open_consultations();

    @Message("There are no closed consultations yet.")
    String no_closed_consultations();

    @Message("Consultations cannot be shown right now. Please try again in a few minutes.")
    String consultations_unavailable();

    @Message("Closes {date}")
    String closes_on(String date);

    @Message("Closed {date}")
    String closed_on(String date);

    @Message("In plain words")
    String plain_summary();

    @Message("About this consultation")
    String about();

    @Message("The draft")
    String the_draft();

    @Message("Questions")
    String questions();

    @Message("Answer this consultation")
    String answer_cta();

    @Message("Sign in as a forum member to answer.")
    String sign_in_to_answer();

    @Message("You said, we did")
    String you_said_we_did();

    @Message("Status")
    String status();

    @Message("Open")
    String status_OPEN();

    @Message("Opens soon")
    String status_SCHEDULED();

    @Message("Closed")
    String status_CLOSED();

    @Message("Being analysed")
    String status_ANALYSING();

    @Message("Outcome published")
    String status_OUTCOME_PUBLISHED();

    @Message("Page not found")
    String error_404_title();

    @Message("If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.")
    String error_404_body();

    @Message("You cannot see this page")
    String error_403_title();

    @Message("This page is not available with your account, or the form had expired. Go back and try again.")
    String error_403_body();

    @Message("Sorry, there is a problem with the service")
    String error_500_title();

    @Message("Try again later. Nothing you entered has been lost if you saved it.")
    String error_500_body();

    @Message("Go to the home page")
    String go_home();

    @Message("Back")
    String back();

    @Message("Error:")
    String error_prefix();

    @Message("There is a problem")
    String error_summary_title();

    @Message("Answer this question")
    String error_required();

    @Message("Check your answer: it is not one we can accept")
    String error_invalid();

    @Message("The draft says:")
    String draft_says();

    @Message("(optional)")
    String optional();

    @Message("Choose all that apply.")
    String choose_all();

    @Message("Save and continue")
    String save_continue();

    @Message("Save and come back later")
    String save_later();

    @Message("Check your answers before you send them")
    String check_title();

    @Message("Some questions still need an answer. Use the Change links to answer them.")
    String check_missing();

    @Message("Not answered")
    String not_answered();

    @Message("Change")
    String change();

    @Message("If we quote what you said, how should we do it?")
    String attribution_question();

    @Message("Quote me with my name")
    String attribution_named();

    @Message("Quote me without my name")
    String attribution_anonymous();

    @Message("Do not quote me")
    String attribution_none();

    @Message("Send my answers")
    String submit_response();

    @Message("Save my changes")
    String save_changes();

    @Message("Withdraw my response")
    String withdraw();

    @Message("Your answers have been sent")
    String submitted_title();

    @Message("You can change them until the consultation closes. We will tell you what changed because of what you said.")
    String submitted_body();

    @Message("Your response has been withdrawn")
    String withdrawn_title();

    @Message("We will not use it. You can answer again while the consultation is open.")
    String withdrawn_body();

    @Message("Back to the consultation")
    String back_to_consultation();

    @Message("Your answers have been saved")
    String saved_title();

    @Message("Continue answering")
    String continue_answering();

    @Message("Page {n} of {count}")
    String page_of(int n, int count);

    @Message("You can enter up to {max} characters.")
    String max_characters(Integer max);

    @Message("From {low} to {high}.")
    String scale_hint(String low, String high);

    @Message("Anything else about '{heading}'?")
    String comment_on_section(String heading);

    @Message("Come back to them on any device before {date}, when the consultation closes.")
    String saved_body(String date);

    @Message("Thank you")
    String thank_you();

    @Message("Your view on this change has been recorded.")
    String confirmation_recorded();

    @Message("Who took part")
    String who_took_part();

    @Message("People by perspective (only those who agreed to be counted)")
    String voices_by_perspective();

    @Message("Perspective")
    String perspective();

    @Message("People")
    String people();

    @Message("Chart")
    String chart();

    @Message("You said")
    String you_said();

    @Message("We did")
    String we_did();

    @Message("a forum member")
    String anonymous_member();

    @Message("Because:")
    String because();

    @Message("Responsible")
    String owner();

    @Message("Due")
    String due();

    @Message("Overdue")
    String overdue();

    @Message("Before")
    String before();

    @Message("After")
    String after();

    @Message("Read the published document")
    String published_document();

    @Message("Does this reflect what was said?")
    String does_this_reflect();

    @Message("This reflects what we said")
    String reflects();

    @Message("This misses our point")
    String misses();

    @Message("Comment")
    String comment();

    @Message("Send my view")
    String send_view();

    @Message("The regulator has not yet said what it will do about this.")
    String no_action_yet();

    @Message("Download the outcomes (CSV)")
    String download_csv();

    @Message("Download the outcomes (JSON)")
    String download_json();

    @Message("Follow changes (Atom feed)")
    String atom_feed();

    @Message("Proposed")
    String action_PROPOSED();

    @Message("Agreed")
    String action_AGREED();

    @Message("In progress")
    String action_IN_PROGRESS();

    @Message("Done")
    String action_IMPLEMENTED();

    @Message("Partly done")
    String action_PARTLY_ADOPTED();

    @Message("Not done")
    String action_NOT_ADOPTED();

    @Message("Later")
    String action_DEFERRED();

    @Message("with lived experience")
    String perspective_LIVED_EXPERIENCE();

    @Message("carers")
    String perspective_CARER();

    @Message("social workers")
    String perspective_SOCIAL_WORKER();

    @Message("students")
    String perspective_STUDENT();

    @Message("educators")
    String perspective_EDUCATOR();

    @Message("other")
    String perspective_OTHER();

    @Message("People who took part: {count}.")
    String people_took_part(int count);

    @Message("Voices: {count}")
    String voices_count(int count);

    @Message("What changed in '{heading}'")
    String what_changed_in(String heading);

    @Message("Members who said this reflects what they said: {reflects}. Members who said it misses their point: {misses}.")
    String tally(long reflects, long misses);

    @Message("Staff area")
    String staff_title();

    @Message("Title")
    String title();

    @Message("Closes")
    String closes();

    @Message("Staff area")
    String nav_staff();

    @Message("What changed because of the forum")
    String impact_title();

    @Message("How quickly the regulator answers the forum, and how much of what members said led to change.")
    String impact_lead();

    @Message("Consultations with a published outcome")
    String impact_outcomes();

    @Message("Average days from closing to the outcome")
    String impact_days();

    @Message("Points made by the forum that have an answer")
    String impact_key_points_answered();

    @Message("Changes fully made")
    String impact_implemented();

    @Message("Changes made that people with lived experience asked for")
    String impact_lived_experience();

    @Message("What the regulator did")
    String impact_actions_by_outcome();

    @Message("Actions")
    String impact_actions();

    @Message("By consultation")
    String impact_by_consultation();

    @Message("My impact")
    String my_impact_title();

    @Message("This has not yet been grouped into a key point.")
    String not_in_key_point_yet();

    @Message("Tell us if this reflects what you said")
    String tell_us_if_it_reflects();

    @Message("My impact")
    String nav_my_impact();

    @Message("{implemented} of {actions} actions done")
    String impact_consultation_line(int implemented, int actions);

    @Message("You gave {inputs} answers or comments; {inKeyPoints} fed a key point and {answered} have an answer from the regulator.")
    String my_impact_lead(int inputs, int inKeyPoints, int answered);

    @Message("Your answer to question {key}")
    String your_answer_to(String key);

    @Message("Your comment on '{key}'")
    String your_comment_on(String key);

    @Message("Close the consultation now")
    String staff_close();

    @Message("Publish the outcome")
    String staff_publish_outcome();

    @Message("Key points (you said)")
    String staff_key_points();

    @Message("No key points yet. Select answers below to make one.")
    String staff_no_key_points();

    @Message("Not yet answered")
    String staff_not_yet_answered();

    @Message("Record what we did")
    String staff_record_action();

    @Message("What we did, will do or did not do, in plain words")
    String staff_action_description();

    @Message("Why (needed when not adopted, partly adopted or deferred)")
    String staff_reason();

    @Message("Due date (for example 2027-03-31)")
    String staff_due_date();

    @Message("Section of the revised draft that shows the change")
    String staff_evidence_section();

    @Message("Responses")
    String staff_responses();

    @Message("No responses have been submitted.")
    String staff_no_responses();

    @Message("Key point, in plain words")
    String staff_key_point_text();

    @Message("Select the answers and comments it stands for above.")
    String staff_key_point_hint();

    @Message("Make a key point from the selected answers")
    String staff_create_key_point();

    @Message("Member {author}")
    String staff_response_by(String author);

    @Message("Your account")
    String account_title();

    @Message("How we may use what you say")
    String consent_title();

    @Message("Other choices")
    String consent_other();

    @Message("Contact me by e-mail")
    String consent_email();

    @Message("Count my perspective and region in published figures")
    String consent_statistics();

    @Message("Your choices have been saved. Earlier choices are kept as a history.")
    String consent_saved();

    @Message("Your notifications")
    String notifications_title();

    @Message("You have no notifications.")
    String no_notifications();

    @Message("Your account")
    String nav_account();

    @Message("Applications to join")
    String applications_title();

    @Message("There are no applications waiting for a decision.")
    String no_applications();

    @Message("Decision")
    String decision();

    @Message("Approve")
    String approve();

    @Message("Decline")
    String decline();

    @Message("Reason (the applicant will read it; needed to decline)")
    String decline_reason();

    @Message("Record the decision")
    String record_decision();

    @Message("These are version {version} of your choices.")
    String consent_version(int version);

    @Message("Revise the draft")
    String staff_revise();

    @Message("Change the text of any section. Empty a section to remove it. The changes are published as the next version, and each one can be linked from an action as evidence.")
    String staff_revise_hint();

    @Message("Heading of a new section")
    String staff_new_section_heading();

    @Message("Text of the new section")
    String staff_new_section_text();

    @Message("Note about this revision")
    String staff_revision_note();

    @Message("Publish the revised draft")
    String staff_publish_revision();

    @Message("Revised draft published")
    String staff_revision_published();

    @Message("Back to the consultation")
    String staff_back_to_consultation();

    @Message("Version {from} to version {to}")
    String staff_version_from_to(int from, int to);

    @Message("Your profile")
    String profile_title();

    @Message("Your name")
    String profile_name();

    @Message("Used only when you choose to be quoted by name.")
    String profile_name_hint();

    @Message("Your perspectives")
    String profile_perspectives();

    @Message("Where you live")
    String profile_region();

    @Message("What helps you take part")
    String profile_needs();

    @Message("How often should we gather your notifications?")
    String profile_digest();

    @Message("Once a day")
    String profile_daily();

    @Message("Once a week")
    String profile_weekly();

    @Message("The most invitations you want in any 30 days")
    String profile_limit();

    @Message("Leave empty for no limit.")
    String profile_limit_hint();

    @Message("Leave the forum")
    String leave_title();

    @Message("What would you like us to do?")
    String leave_question();

    @Message("Leave the forum, and keep the record of what I took part in")
    String leave_keep();

    @Message("Erase my personal data (what I said stays only where I chose anonymous quoting)")
    String leave_erase();

    @Message("Warning")
    String warning();

    @Message("You cannot undo this.")
    String leave_warning();

    @Message("Confirm")
    String leave_confirm();

    @Message("You have left the forum")
    String left_title();

    @Message("Thank you for taking part. What you contributed stays in the record.")
    String left_body();

    @Message("Your personal data has been erased")
    String erased_title();

    @Message("Your account and personal details are gone. Counts of who took part stay true, without you in them by name.")
    String erased_body();

    @Message("Your profile")
    String nav_profile();

    @Message("Payment and expenses claims")
    String claims_title();

    @Message("Download all claims (CSV)")
    String claims_csv();

    @Message("There are no claims.")
    String no_claims();

    @Message("Mark as paid")
    String mark_paid();

    // Staff editor

    @Message("Create a consultation")
    String editor_create_title();

    @Message("Start with the details. You add the draft's sections and the questions next, and publish when it is ready.")
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

    @Message("For example, 2027-01-31 and 17:00.")
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

    @Message("Optional. Choose an earlier question and the answer, exactly as one of its options, that leads to this one.")
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

    @Message("When the details, sections and questions are ready, publish the consultation. You can check what will happen first.")
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

    @Message("For a member who answered by phone, on paper, in easy read or through a supporter. The response is marked as recorded by staff.")
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
}
