package org.advisoryforum.gateway.web.members;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the staff member pages (search, a member, their ledger, recording an activity, the admin's erasure);
 * Welsh in messages/members_cy.properties.
 */
@MessageBundle(value = "members", locale = "en")
public interface MembersMsg {

    @Message("Members of the forum")
    String mb_staff_link();

    @Message("Members of the forum")
    String mb_title();

    @Message("Find members")
    String mb_search_legend();

    @Message("Name contains")
    String mb_search_name();

    @Message("Perspective")
    String mb_search_perspective();

    @Message("Region")
    String mb_search_region();

    @Message("Any")
    String mb_any();

    @Message("Search")
    String mb_search();

    @Message("{count} members found")
    String mb_count(int count);

    @Message("No member matches your search.")
    String mb_none();

    @Message("Name")
    String mb_name();

    @Message("Perspectives")
    String mb_perspectives();

    @Message("Region")
    String mb_region();

    @Message("Position")
    String mb_position();

    @Message("Membership")
    String mb_status();

    @Message("Current member")
    String mb_status_ACTIVE();

    @Message("Left the forum")
    String mb_status_LEFT();

    @Message("Member")
    String mb_position_MEMBER();

    @Message("Chair")
    String mb_position_CHAIR();

    @Message("Vice-chair")
    String mb_position_VICE_CHAIR();

    @Message("Back to members")
    String mb_back();

    @Message("Profile")
    String mb_profile();

    @Message("Accessibility needs (to plan formats)")
    String mb_needs();

    @Message("None given")
    String mb_needs_none();

    @Message("In their words:")
    String mb_needs_other();

    @Message("Term")
    String mb_term();

    @Message("Term starts")
    String mb_term_start();

    @Message("Term ends")
    String mb_term_end();

    @Message("Not set")
    String mb_not_set();

    @Message("Joined")
    String mb_joined();

    @Message("Left")
    String mb_left();

    @Message("Membership ceased on")
    String mb_ceased();

    @Message("Involvement ledger")
    String mb_ledger();

    @Message("Nothing recorded yet.")
    String mb_ledger_none();

    @Message("When")
    String mb_when();

    @Message("What")
    String mb_what();

    @Message("Kind")
    String mb_kind();

    @Message("Time")
    String mb_duration();

    @Message("{minutes} minutes")
    String mb_minutes(Integer minutes);

    @Message("Consultation response")
    String mb_kind_CONSULTATION_RESPONSE();

    @Message("Meeting")
    String mb_kind_MEETING();

    @Message("Other activity")
    String mb_kind_OTHER();

    @Message("Record an activity")
    String mb_record_title();

    @Message(
            "A meeting or another activity, with how long it took. Consultation responses are recorded from the consultations.")
    String mb_record_hint();

    @Message("What kind of activity?")
    String mb_field_kind();

    @Message("What they did")
    String mb_field_description();

    @Message("How long it took, in minutes")
    String mb_field_duration();

    @Message("For example, 90")
    String mb_field_duration_hint();

    @Message("When it happened")
    String mb_field_date();

    @Message("For example, 27 3 2026")
    String mb_field_date_hint();

    @Message("Day")
    String mb_day();

    @Message("Month")
    String mb_month();

    @Message("Year")
    String mb_year();

    @Message("Record the activity")
    String mb_record_button();

    @Message("The activity is now in their involvement ledger.")
    String mb_recorded();

    @Message("Choose a meeting or another activity")
    String mb_error_kind();

    @Message("Enter what they did")
    String mb_error_description_missing();

    @Message("What they did must be 200 characters or fewer")
    String mb_error_description_long();

    @Message("Enter how long it took as a whole number of minutes, from 1 to 1440")
    String mb_error_duration();

    @Message("Enter a real date, for example 27 3 2026")
    String mb_error_date();

    @Message("The date must be today or in the past")
    String mb_error_date_future();

    @Message("The forum could not record this activity: check the details and try again")
    String mb_error_refused();

    @Message("Erase this member's personal data")
    String mb_erase_link();

    @Message("Erase this member's personal data?")
    String mb_erase_title();

    @Message(
            "Their profile, consent history, notifications, applications and claim descriptions are deleted and cannot be brought back. Invitations, ledger entries and claims keep their counts and amounts without their name. Do this only when the member asked for it.")
    String mb_erase_warning();

    @Message("Yes, erase their personal data")
    String mb_erase_confirm();

    @Message("No, go back to the member")
    String mb_erase_cancel();

    @Message("The member's personal data has been erased.")
    String mb_erased();

    @Message("Done")
    String mb_done();

    @Message("Invitation rounds: who was asked and who was held back")
    String mb_rounds_link();

    @Message("Invitation rounds")
    String mb_rounds_title();

    @Message(
            "When a consultation is published, every serving member is invited unless their own contact limits hold the invitation back. Members held back were not messaged, and may still answer.")
    String mb_rounds_lead();

    @Message("No consultation has been published yet.")
    String mb_rounds_none();

    @Message("Consultation")
    String mb_round_consultation();

    @Message("Closes")
    String mb_round_closes();

    @Message("Invitations")
    String mb_round_status();

    @Message("Invited")
    String mb_round_invited();

    @Message("Held back")
    String mb_round_held_back();

    @Message("Being sent")
    String mb_round_status_PENDING();

    @Message("Sent")
    String mb_round_status_SENT();

    @Message("Not sent: it had closed before the forum read it")
    String mb_round_status_CLOSED_UNSENT();

    @Message("Back to invitation rounds")
    String mb_round_back();

    @Message("Members held back")
    String mb_round_held_back_title();

    @Message("Nobody was held back: every serving member was invited.")
    String mb_round_nobody_held_back();

    @Message("Why")
    String mb_round_reason();

    @Message("They had already had as many invitations this month as they asked for")
    String mb_reason_OVER_LIMIT();

    @Message("They asked not to be contacted for a while (a quiet period)")
    String mb_reason_QUIET_PERIOD();

    @Message("{invited} invited, {heldBack} held back")
    String mb_round_summary(long invited, long heldBack);

    @Message("Decided applications")
    String mb_decided_link();

    @Message("Decided applications")
    String mb_decided_title();

    @Message("No application has been decided yet.")
    String mb_decided_none();

    @Message("Decided")
    String mb_decided_on();

    @Message("Applied")
    String mb_applied_on();

    @Message("Decision")
    String mb_decision();

    @Message("Approved")
    String mb_decision_APPROVED();

    @Message("Declined")
    String mb_decision_DECLINED();

    @Message("Reason given to them")
    String mb_decision_reason();

    @Message("Applications waiting for a decision")
    String mb_pending_link();
}
