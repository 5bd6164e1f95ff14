package org.advisoryforum.gateway.web.page;

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

    @Message(
            "The national advisory forum: people with lived experience of social work, carers and social workers shaping policy and guidance.")
    String footer_text();

    @Message("Have your say")
    String home_title();

    @Message(
            "The regulator asks the forum about draft policy and guidance, and shows what changed because of what you said.")
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

    @Message("Open for answers")
    String status_OPEN();

    @Message("Opens soon")
    String status_SCHEDULED();

    @Message("Closed")
    String status_CLOSED();

    @Message("Being analysed")
    String status_ANALYSING();

    @Message("Outcome published")
    String status_OUTCOME_PUBLISHED();

    @Message("Draft")
    String status_DRAFT();

    @Message("Online")
    String provenance_ONLINE();

    @Message("{value} out of {max}")
    String answer_scale(String value, int max);

    @Message("{value} out of {max} ({min} = {minLabel}, {max} = {maxLabel})")
    String answer_scale_labelled(String value, int max, int min, String minLabel, String maxLabel);

    @Message("Comment on the section “{heading}”")
    String staff_comment_on(String heading);

    @Message("Your answer")
    String your_answer();

    @Message("Your comment")
    String your_comment();

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

    @Message("This consultation has closed")
    String error_409_title();

    @Message(
            "Answers can no longer be given, changed or withdrawn. Anything you submitted before it closed is kept, and its You said, we did page will show what changed as a result.")
    String error_409_body();

    @Message("Sorry, the service is unavailable")
    String error_503_title();

    @Message(
            "Part of the service is not answering at the moment. Try again in a few minutes. Anything you saved has been kept.")
    String error_503_body();

    @Message("{field}: {words}")
    String problem_field(String field, String words);

    @Message("enter this, it is missing")
    String problem_required();

    @Message("this is too long or too short")
    String problem_size();

    @Message("check this, it is not a value we can accept")
    String problem_invalid();

    @Message("This cannot be done now: it has changed meanwhile. Reload the page and try again.")
    String problem_conflict();

    @Message("This was not accepted. Check what you entered and try again.")
    String problem_refused();

    @Message("Go to the home page")
    String go_home();

    @Message("Back")
    String back();

    @Message("Error:")
    String error_prefix();

    @Message("There is a problem")
    String error_summary_title();

    @Message("Your answer could not be saved as it is. Change it and save again")
    String error_invalid();

    @Message("Enter your answer")
    String error_missing_text();

    @Message("Select an answer")
    String error_missing_choice();

    @Message("Select at least one answer")
    String error_missing_choices();

    @Message("Select a number from {lowest} to {highest}")
    String error_scale(String lowest, String highest);

    @Message("Your answer must be {limit} characters or fewer. It has {length} now: shorten it and save again")
    String error_too_long(String limit, String length);

    @Message("Select one of the answers shown")
    String error_option();

    @Message("The draft says:")
    String draft_says();

    @Message("(optional)")
    String optional();

    @Message("Choose all that apply.")
    String choose_all();

    @Message("Save and continue")
    String save_continue();

    @Message("Your answers")
    String answer_title();

    @Message("Save and come back later")
    String save_later();

    @Message("Check your answers before you send them")
    String check_title();

    @Message("Not answered")
    String not_answered();

    @Message("{question}: answer this question before you send your answers")
    String check_row_missing(String question);

    @Message("Needs an answer")
    String check_needs_answer();

    @Message("Your comment on the section “{heading}”")
    String check_comment_on(String heading);

    @Message("What happens next")
    String next_title();

    @Message("The consultation closes on {date}. Until then you can change your answers or withdraw them.")
    String next_read(String date);

    @Message("After it closes, staff read every response and decide what to change in the draft.")
    String next_publish();

    @Message(
            "We publish what we heard and what we did about it on the consultation's “You said, we did” page, and tell you in your inbox when it is there.")
    String next_tell();

    @Message("Change")
    String change();

    @Message("If we quote what you said, how should we do it?")
    String attribution_question();

    @Message("Quote me with my name")
    String attribution_named();

    @Message("To be quoted with your name, first choose that in your consent choices. Or choose another option.")
    String attribution_named_needs_consent();

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

    @Message(
            "You can change them until the consultation closes. We will tell you what changed because of what you said.")
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

    @Message("The table below gives the same figures.")
    String chart_same_as_table();

    @Message("Still being worked on")
    String action_UNSETTLED();

    @Message("Members taking part, by perspective")
    String impact_participation_by_perspective();

    @Message("Counted only for members who allowed their answers to be used in statistics.")
    String impact_participation_hint();

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

    @Message("{#if count == 1}1 person said this{#else}{count} people said this{/if}")
    String voices_said(int count);

    @Message("{count} {#if count == 1}person{#else}people{/if} with lived experience")
    String voices_LIVED_EXPERIENCE(int count);

    @Message("{count} {#if count == 1}carer{#else}carers{/if}")
    String voices_CARER(int count);

    @Message("{count} {#if count == 1}social worker{#else}social workers{/if}")
    String voices_SOCIAL_WORKER(int count);

    @Message("{count} {#if count == 1}student{#else}students{/if}")
    String voices_STUDENT(int count);

    @Message("{count} {#if count == 1}educator{#else}educators{/if}")
    String voices_EDUCATOR(int count);

    @Message("{count} with another background")
    String voices_OTHER(int count);

    @Message("and")
    String and();

    @Message("What changed in '{heading}'")
    String what_changed_in(String heading);

    @Message(
            "Members who said this reflects what they said: {reflects}. Members who said it misses their point: {misses}.")
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

    @Message(
            "You gave {inputs} answers or comments; {inKeyPoints} fed a key point and {answered} have an answer from the regulator.")
    String my_impact_lead(int inputs, int inKeyPoints, int answered);

    @Message("Your answer to “{question}”")
    String your_answer_to(String question);

    @Message("Your comment on the section “{heading}”")
    String your_comment_on(String heading);

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

    @Message("Action")
    String staff_action_title();

    @Message("Reason (shown publicly)")
    String staff_reason_shown();

    @Message("Review date")
    String staff_review_date();

    @Message("What members say about it")
    String staff_members_views();

    @Message("No member has commented on this action.")
    String staff_no_member_comments();

    @Message("History")
    String staff_action_history();

    @Message("When")
    String staff_when();

    @Message("Changed by")
    String staff_changed_by();

    @Message("History and members' views")
    String staff_see_action();

    @Message("Owner: {owner}")
    String staff_owned_by(String owner);

    @Message("Record another action")
    String staff_record_another_action();

    @Message("Change the status")
    String staff_change_status();

    @Message("Reason for the change")
    String staff_status_reason();

    @Message("The public page shows it. Needed when the action is not adopted, partly adopted or deferred.")
    String staff_status_reason_hint();

    @Message("Update the status")
    String staff_update_status();

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

    @Message(
            "Change the text of any section. Empty a section to remove it. The changes are published as the next version, and each one can be linked from an action as evidence.")
    String staff_revise_hint();

    @Message("Heading of a new section")
    String staff_new_section_heading();

    @Message("Text of the new section")
    String staff_new_section_text();

    @Message("Note about this revision")
    String staff_revision_note();

    @Message("Publish the revised draft")
    String staff_publish_revision();

    @Message("Added")
    String diff_ADDED();

    @Message("Removed")
    String diff_REMOVED();

    @Message("Changed")
    String diff_CHANGED();

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

    @Message(
            "Your forum profile and personal details are gone, and counts of who took part stay true without you in them by name. Your sign-in account is still there: you can delete it in your account settings (Delete account).")
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

    @Message("North East")
    String region_NORTH_EAST();

    @Message("North West")
    String region_NORTH_WEST();

    @Message("Yorkshire and the Humber")
    String region_YORKSHIRE_AND_THE_HUMBER();

    @Message("East Midlands")
    String region_EAST_MIDLANDS();

    @Message("West Midlands")
    String region_WEST_MIDLANDS();

    @Message("East of England")
    String region_EAST_OF_ENGLAND();

    @Message("London")
    String region_LONDON();

    @Message("South East")
    String region_SOUTH_EAST();

    @Message("South West")
    String region_SOUTH_WEST();

    @Message("Outside England")
    String region_OUTSIDE_ENGLAND();

    @Message("Easy read")
    String need_EASY_READ();

    @Message("Large print")
    String need_LARGE_PRINT();

    @Message("British Sign Language (BSL)")
    String need_BSL();

    @Message("A screen reader")
    String need_SCREEN_READER();

    @Message("Something else")
    String need_OTHER();

    @Message("I have lived experience of social work")
    String perspective_choice_LIVED_EXPERIENCE();

    @Message("I am a carer")
    String perspective_choice_CARER();

    @Message("I am a social worker")
    String perspective_choice_SOCIAL_WORKER();

    @Message("I am a student")
    String perspective_choice_STUDENT();

    @Message("I am an educator")
    String perspective_choice_EDUCATOR();

    @Message("Something else")
    String perspective_choice_OTHER();
}
