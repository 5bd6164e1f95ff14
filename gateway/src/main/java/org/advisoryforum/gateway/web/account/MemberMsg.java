package org.advisoryforum.gateway.web.account;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the member's own pages (my consultations, involvement and claims, quiet period, "I said this before");
 * Welsh in messages/member_cy.properties. A bundle of its own for the reason given on {@link EditorMsg}.
 */
@MessageBundle(value = "member", locale = "en")
public interface MemberMsg {

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

    @Message(
            "We did not message you about this because you asked for a quiet period until {date}. You can still answer if you want to.")
    String mp_held_back_quiet(String date);

    @Message(
            "We did not message you about this because you had asked for a quiet period. You can still answer if you want to.")
    String mp_held_back_quiet_ended();

    @Message(
            "We did not message you about this because you had already had as many invitations this month as you asked for. You can still answer if you want to.")
    String mp_held_back_limit();

    @Message("Start")
    String mp_start();

    @Message("Continue")
    String mp_continue();

    @Message("Check or change your answers")
    String mp_check_or_change();

    @Message("Your involvement and payment claims")
    String mp_involvement_title();

    @Message(
            "Everything you have taken part in. For each activity you can claim payment for your time, or expenses such as travel.")
    String mp_involvement_intro();

    @Message("What you have taken part in")
    String mp_ledger_heading();

    @Message("Nothing yet. When you answer a consultation or come to a meeting, it will be listed here.")
    String mp_ledger_empty();

    @Message("Consultation response")
    String mp_kind_response();

    @Message("Your response to “{title}”")
    String mp_kind_response_to(String title);

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

    @Message(
            "Enter the amount in pounds, more than £0 and with no more than 2 numbers after the point, for example 25.50")
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

    @Message(
            "If you need a break, we will not message you about new consultations until this date. You can still answer any open consultation. Leave it empty for no quiet period. For example, 3 3 2027")
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

    @Message("Join the forum")
    String mp_nav_join();

    @Message("Apply to join the forum")
    String mp_join_title();

    @Message(
            "The forum is people with lived experience of social work, carers, social workers, students and educators. The regulator asks members about draft policy and guidance, shows what changed because of what they said, and pays for their time.")
    String mp_join_lead();

    @Message("Your last application was not accepted. The reason staff gave: {reason} You can apply again.")
    String mp_join_declined(String reason);

    @Message("Your name")
    String mp_join_name();

    @Message(
            "The name forum staff will know you by. Quotes are only published with your name if you later choose that.")
    String mp_join_name_hint();

    @Message("Why do you want to join?")
    String mp_join_why();

    @Message("A few sentences are enough. Staff read every application.")
    String mp_join_why_hint();

    @Message("Which of these describe you?")
    String mp_join_perspectives();

    @Message("Where do you live?")
    String mp_join_region();

    @Message("Choose")
    String mp_join_choose();

    @Message("Do you need anything to take part?")
    String mp_join_needs();

    @Message("Choose all that apply, or none. Only forum staff see this.")
    String mp_join_needs_hint();

    @Message("Anything else we should know (optional)")
    String mp_join_needs_other();

    @Message("Can we e-mail you?")
    String mp_join_contact();

    @Message("About consultations you are invited to. You can change this at any time.")
    String mp_join_contact_hint();

    @Message("Yes")
    String mp_join_yes();

    @Message("No")
    String mp_join_no();

    @Message("Send my application")
    String mp_join_submit();

    @Message("We have your application")
    String mp_join_pending_title();

    @Message("You applied on {date}. Forum staff will decide soon, and you will see their decision on this page.")
    String mp_join_pending_body(String date);

    @Message("You are a member now")
    String mp_join_approved_title();

    @Message("Welcome to the forum. Sign out and sign in again to start taking part.")
    String mp_join_approved_body();

    @Message("Enter your name, up to 100 characters")
    String mp_join_error_displayName();

    @Message("Tell us why you want to join, up to 2,000 characters")
    String mp_join_error_why();

    @Message("Choose at least one that describes you")
    String mp_join_error_perspectives();

    @Message("Choose where you live")
    String mp_join_error_region();

    @Message("Choose from the list")
    String mp_join_error_accessibilityNeeds();

    @Message("Keep this to 500 characters")
    String mp_join_error_accessibilityOther();

    @Message("Say whether we can e-mail you")
    String mp_join_error_contactByEmail();

    @Message("Something in the form could not be accepted. Check your answers and send it again.")
    String mp_join_error_other();

    @Message("Are you sure you want to withdraw your response?")
    String mp_withdraw_title();

    @Message(
            "This removes your answers and comments. We will not use them. You can answer again while the consultation is open.")
    String mp_withdraw_body();

    @Message("Yes, withdraw my response")
    String mp_withdraw_yes();

    @Message("Cancel")
    String mp_withdraw_cancel();

    @Message("You have already withdrawn your response")
    String mp_withdraw_already_title();

    @Message("There is no response to withdraw")
    String mp_withdraw_nothing_title();

    @Message("Nothing of yours is kept for this consultation. You can answer it while it is open.")
    String mp_withdraw_nothing_body();

    @Message("Your response")
    String mp_your_response();

    @Message("You have sent your answers. You can change them until the consultation closes.")
    String mp_your_response_sent();

    @Message("You have saved some answers but not sent them yet.")
    String mp_your_response_saved();

    @Message("Changed your mind? You can withdraw your response until the consultation closes.")
    String mp_withdraw_hint();

    @Message("Enter the name you want to be shown when you choose to be quoted by name")
    String mp_profile_error_name_missing();

    @Message("Your name must be 100 characters or fewer")
    String mp_profile_error_name_long();

    @Message("Select at least one perspective you bring to the forum")
    String mp_profile_error_perspectives();

    @Message("Select where you live, or Outside England")
    String mp_profile_error_region();

    @Message("Enter the most invitations as a whole number, like 4, or leave it empty for no limit")
    String mp_profile_error_limit_number();

    @Message("Enter a number of invitations from 0 to 31, or leave it empty for no limit")
    String mp_profile_error_limit_range();

    @Message("Your profile could not be saved as it is. Check each answer and save again")
    String mp_profile_error_refused();
}
