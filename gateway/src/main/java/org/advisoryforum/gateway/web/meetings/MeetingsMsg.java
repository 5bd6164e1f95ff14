package org.advisoryforum.gateway.web.meetings;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the meeting pages (staff, members, the public outcomes page); Welsh in messages/meetings_cy.properties.
 * A bundle of its own, beside Msg, MemberMsg, EditorMsg and ModerationMsg (each under the 300 messages a bundle holds).
 */
@MessageBundle(value = "meetings", locale = "en")
public interface MeetingsMsg {

    @Message("Forum meetings and what came of them")
    String mt_public_title();

    @Message(
            "After each forum meeting we publish a summary and the actions we agreed, and show what became of each one.")
    String mt_public_lead();

    @Message("No meeting's minutes have been published yet.")
    String mt_public_none();

    @Message("Meeting")
    String mt_meeting();

    @Message("Date")
    String mt_date();

    @Message("{count} attended")
    String mt_attended_count(long count);

    @Message("{count} actions")
    String mt_actions_count(long count);

    @Message("Back to forum meetings")
    String mt_back_to_meetings();

    @Message("What we discussed")
    String mt_summary();

    @Message("Agenda")
    String mt_agenda();

    @Message("About a consultation")
    String mt_about_consultation();

    @Message("section {key}")
    String mt_section(String key);

    @Message("Who came")
    String mt_who_came();

    @Message("{count} members of the forum took part.")
    String mt_people_came(long count);

    @Message("Members who attended, by perspective (a member may have more than one)")
    String mt_perspective_counts();

    @Message("People")
    String mt_people();

    @Message("What we agreed, and what became of it")
    String mt_actions();

    @Message("No actions were agreed at this meeting.")
    String mt_no_actions();

    @Message("What changed:")
    String mt_evidence();

    @Message("In person")
    String mt_format_IN_PERSON();

    @Message("Online")
    String mt_format_ONLINE();

    @Message("In person and online")
    String mt_format_HYBRID();

    @Message("How it happens")
    String mt_format();

    @Message("Where")
    String mt_place();

    @Message("Joining link")
    String mt_joining_link();

    @Message("Accessibility arrangements")
    String mt_accessibility();

    @Message("When")
    String mt_when();

    @Message("{from} to {to}")
    String mt_from_to(String from, String to);

    @Message("Places")
    String mt_capacity();

    @Message("Payment for attending")
    String mt_payment();

    @Message("Meetings you are invited to")
    String mt_my_title();

    @Message(
            "Tell us whether you can come and what you need to take part. You can change your answer until the meeting starts.")
    String mt_my_lead();

    @Message("You have not been invited to any meetings yet.")
    String mt_my_none();

    @Message("Not answered yet")
    String mt_reply_none();

    @Message("You are coming")
    String mt_reply_REGISTERED();

    @Message("You cannot come")
    String mt_reply_DECLINED();

    @Message("You attended")
    String mt_attended();

    @Message("We did not message you about this meeting because of your contact limit, but you are welcome to come.")
    String mt_held_back();

    @Message("Can you come?")
    String mt_your_answer();

    @Message("Yes, I will come")
    String mt_register();

    @Message("No, I cannot come")
    String mt_decline();

    @Message("What do you need to take part?")
    String mt_access_needs();

    @Message(
            "For example a hearing loop, large print papers, an interpreter, a quiet room or travel help. Only staff arranging the meeting see this.")
    String mt_access_needs_hint();

    @Message("Send my answer")
    String mt_send_answer();

    @Message("Your answer has been sent")
    String mt_answer_sent();

    @Message("The meeting is full: every place is taken.")
    String mt_error_full();

    @Message("The meeting has started, so answers are closed.")
    String mt_error_started();

    @Message("Choose whether you can come")
    String mt_error_reply();

    @Message("Tell us what you need in 1,000 characters or fewer, and only if you are coming")
    String mt_error_access_needs();

    @Message("See what came of this meeting")
    String mt_see_outcomes();

    @Message("Meetings")
    String mt_nav_meetings();

    @Message("Forum meetings")
    String mt_staff_title();

    @Message("Schedule meetings, invite members, record attendance and publish minutes")
    String mt_staff_link();

    @Message("Schedule a meeting")
    String mt_schedule();

    @Message("Title")
    String mt_title();

    @Message("Day of the meeting")
    String mt_day();

    @Message("For example, 27 3 2027")
    String mt_day_hint();

    @Message("Day")
    String mt_day_d();

    @Message("Month")
    String mt_day_m();

    @Message("Year")
    String mt_day_y();

    @Message("Starts (24-hour clock, UK time)")
    String mt_starts();

    @Message("Ends (24-hour clock, UK time)")
    String mt_ends();

    @Message("For example, 14:30")
    String mt_time_hint();

    @Message("Needed for a meeting in person")
    String mt_place_hint();

    @Message("An https:// address, needed for a meeting online")
    String mt_link_hint();

    @Message("Leave empty for no limit")
    String mt_capacity_hint();

    @Message("In pounds, for example 50.00. A payment claim is raised for each member who attends.")
    String mt_payment_hint();

    @Message("Agenda item {n}")
    String mt_agenda_item(int n);

    @Message("Consultation it is about")
    String mt_agenda_consultation();

    @Message("None")
    String mt_agenda_none();

    @Message("Section of the draft (its key)")
    String mt_agenda_section();

    @Message("The meeting has been scheduled")
    String mt_scheduled();

    @Message("Invitations sent: {invited} invited, {heldBack} held back by their contact limit, {again} already asked")
    String mt_invited(long invited, long heldBack, long again);

    @Message("Invite every serving member")
    String mt_invite_all();

    @Message("Each member is invited within their contact limit, which consultations count too. Nobody is asked twice.")
    String mt_invite_hint();

    @Message("{invited} invited, {heldBack} held back, {registered} coming, {declined} not coming, {attended} attended")
    String mt_counts(long invited, long heldBack, long registered, long declined, long attended);

    @Message("Members asked")
    String mt_invitees();

    @Message("Name")
    String mt_name();

    @Message("Invitation")
    String mt_invitation();

    @Message("Invited")
    String mt_outcome_INVITED();

    @Message("Held back: contact limit")
    String mt_outcome_OVER_LIMIT();

    @Message("Held back: quiet period")
    String mt_outcome_QUIET_PERIOD();

    @Message("Answer")
    String mt_reply();

    @Message("Access needs")
    String mt_needs();

    @Message("Attendance")
    String mt_attendance();

    @Message(
            "Tick everyone who came. Each gets the meeting in their involvement record and, if the meeting pays, a payment claim.")
    String mt_attendance_hint();

    @Message("Record attendance")
    String mt_record_attendance();

    @Message("Attendance recorded: {recorded} new, {again} already recorded")
    String mt_attendance_recorded(long recorded, long again);

    @Message("Attendance can be recorded once the meeting has started.")
    String mt_attendance_later();

    @Message("Minutes")
    String mt_minutes();

    @Message("Minutes can be published once the meeting has ended.")
    String mt_minutes_later();

    @Message("The minutes are published.")
    String mt_minutes_published();

    @Message("Summary of what was discussed")
    String mt_minutes_summary();

    @Message("Action point {n}")
    String mt_action_point(int n);

    @Message("What will be done")
    String mt_what();

    @Message("Owner (a team or role, not a person's name)")
    String mt_owner();

    @Message("Due by")
    String mt_due();

    @Message("Publish the minutes")
    String mt_publish_minutes();

    @Message("Nobody has been asked to this meeting yet.")
    String mt_nobody_asked();

    @Message("Check {field}: {reason}")
    String mt_error_field(String field, String reason);

    @Message("it must be in the future")
    String mt_problem_in_past();

    @Message("it must be after the start")
    String mt_problem_before_start();

    @Message("a meeting lasts at most 24 hours")
    String mt_problem_too_long();

    @Message("it is needed for this kind of meeting")
    String mt_problem_required_for_format();

    @Message("it must be an https:// address")
    String mt_problem_not_https();

    @Message("choose the consultation the section belongs to")
    String mt_problem_needs_consultation();

    @Message("it must not be before the meeting")
    String mt_problem_before_meeting();

    @Message("it is missing, too long or not one we can accept")
    String mt_problem_other();

    @Message("Enter the day as numbers and the times as hours and minutes, like 14:30")
    String mt_problem_date();

    @Message("This cannot be done now: the meeting has changed. Reload the page.")
    String mt_problem_conflict();

    @Message("Meetings you attended")
    String mt_members_impact();
}
