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

    // Member pages

    @Message("My consultations")
    String mp_nav_my_consultations();

    @Message("Involvement and payment claims")
    String mp_nav_involvement();

    @Message("Your consultations")
    String mp_my_consultations_title();

    @Message("There are no open consultations at the moment.")
    String mp_nothing_open();

    @Message("You are invited")
    String mp_invited_heading();

    @Message("Also open")
    String mp_also_open_heading();

    @Message("Consultations you answered that have closed")
    String mp_closed_heading();

    @Message("None of the consultations you answered has closed yet.")
    String mp_no_closed();

    @Message("You sent your answers on {date}.")
    String mp_you_sent_on(String date);

    @Message("You said, we did: see what changed")
    String mp_you_said_we_did_link();

    @Message("We are still looking at what people said. We will tell you what changed.")
    String mp_outcome_not_yet();

    @Message("Closes on {date}.")
    String mp_closes_on(String date);

    @Message("Not started")
    String mp_progress_not_started();

    @Message("Saved, not submitted")
    String mp_progress_saved();

    @Message("Submitted")
    String mp_progress_submitted();

    @Message("Withdrawn")
    String mp_progress_withdrawn();

    @Message("We did not message you about this because you asked for a quiet period until {date}. You can still answer if you want to.")
    String mp_held_back_quiet(String date);

    @Message("We did not message you about this because you had asked for a quiet period. You can still answer if you want to.")
    String mp_held_back_quiet_ended();

    @Message("We did not message you about this because you had already had as many invitations this month as you asked for. You can still answer if you want to.")
    String mp_held_back_limit();

    @Message("Start")
    String mp_start();

    @Message("Continue")
    String mp_continue();

    @Message("Check or change your answers")
    String mp_check_or_change();

    @Message("Your involvement and payment claims")
    String mp_involvement_title();

    @Message("Everything you have taken part in. For each activity you can claim payment for your time, or expenses such as travel.")
    String mp_involvement_intro();

    @Message("What you have taken part in")
    String mp_ledger_heading();

    @Message("Nothing yet. When you answer a consultation or come to a meeting, it will be listed here.")
    String mp_ledger_empty();

    @Message("Consultation response")
    String mp_kind_response();

    @Message("Meeting")
    String mp_kind_meeting();

    @Message("Other activity")
    String mp_kind_other();

    @Message("{minutes} minutes")
    String mp_minutes(Integer minutes);

    @Message("Claim for this activity")
    String mp_claim_for_this();

    @Message("What are you claiming?")
    String mp_claim_type_question();

    @Message("Payment for my time")
    String mp_claim_type_payment();

    @Message("Expenses")
    String mp_claim_type_expenses();

    @Message("Amount")
    String mp_claim_amount();

    @Message("In pounds, for example 25.50")
    String mp_claim_amount_hint();

    @Message("What it is for")
    String mp_claim_description();

    @Message("For example, the train fare to the meeting. Up to 500 characters.")
    String mp_claim_description_hint();

    @Message("Send my claim")
    String mp_claim_send();

    @Message("Your claim has been sent. We will tell you when it has been decided.")
    String mp_claim_sent();

    @Message("Choose payment for your time or expenses")
    String mp_claim_error_type();

    @Message("Enter the amount in pounds, more than £0 and with no more than 2 numbers after the point, for example 25.50")
    String mp_claim_error_amount();

    @Message("What it is for must be 500 characters or fewer")
    String mp_claim_error_description();

    @Message("This claim could not be sent. Check the details and try again")
    String mp_claim_error_other();

    @Message("Your claims")
    String mp_claims_heading();

    @Message("You have not made any claims yet.")
    String mp_claims_empty();

    @Message("Sent on")
    String mp_claim_sent_on();

    @Message("Status")
    String mp_claim_status();

    @Message("Pending")
    String mp_claim_PENDING();

    @Message("Approved")
    String mp_claim_APPROVED();

    @Message("Rejected")
    String mp_claim_REJECTED();

    @Message("Paid")
    String mp_claim_PAID();

    @Message("Quiet period")
    String mp_quiet_title();

    @Message("If you need a break, we will not message you about new consultations until this date. You can still answer any open consultation. Leave it empty for no quiet period. For example, 3 3 2027")
    String mp_quiet_hint();

    @Message("Day")
    String mp_date_day();

    @Message("Month")
    String mp_date_month();

    @Message("Year")
    String mp_date_year();

    @Message("Your quiet period lasts until {date}. Clear the date to end it.")
    String mp_quiet_current(String date);

    @Message("The end of your quiet period must be a real date, for example 3 3 2027, or left empty")
    String mp_quiet_error_invalid();

    @Message("The end of your quiet period must be today or in the future")
    String mp_quiet_error_past();

    @Message("Link something you said before instead of typing it again")
    String mp_said_before_summary();

    @Message("Something you said in another consultation")
    String mp_said_before_legend();

    @Message("Choose one of your earlier answers to use it as your answer here.")
    String mp_said_before_hint();

    @Message("Do not link: use what I type above")
    String mp_said_before_none();

    @Message("From “{title}”: {question}")
    String mp_said_before_from(String title, String question);

    @Message("You have linked something you said before. To type a new answer instead, choose “Do not link”.")
    String mp_said_before_linked_note();

    @Message("Linked from what you said in “{title}”")
    String mp_said_before_check(String title);
}
