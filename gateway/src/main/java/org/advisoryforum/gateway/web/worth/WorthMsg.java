package org.advisoryforum.gateway.web.worth;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of "Was it worth it?" (the member's form, their invitation choice, the staff counts, the impact page's
 * block); Welsh in messages/worth_cy.properties. A bundle of its own beside the others (each under 300 messages).
 */
@MessageBundle(value = "worth", locale = "en")
public interface WorthMsg {

    @Message("Was it worth it?")
    String wt_title();

    @Message("Tell us if it was worth it")
    String wt_tell_us();

    @Message("You told us:")
    String wt_you_told_us();

    @Message("Change your answer")
    String wt_change();

    @Message(
            "Three quick questions about this. Your answers are counted with everyone else's: nobody sees what you said. If you say twice in a row that it was not worth your time, we will invite you less, unless you ask us not to.")
    String wt_lead();

    @Message("How long did it take you?")
    String wt_q_time();

    @Message("Including reading, preparing and travelling.")
    String wt_q_time_hint();

    @Message("Was it worth your time?")
    String wt_q_worth();

    @Message("Did you feel heard?")
    String wt_q_heard();

    @Message("Under 30 minutes")
    String wt_time_UNDER_30_MINUTES();

    @Message("30 minutes to 1 hour")
    String wt_time_UP_TO_1_HOUR();

    @Message("1 to 2 hours")
    String wt_time_UP_TO_2_HOURS();

    @Message("Over 2 hours")
    String wt_time_OVER_2_HOURS();

    @Message("Yes")
    String wt_answer_YES();

    @Message("Partly")
    String wt_answer_PARTLY();

    @Message("No")
    String wt_answer_NO();

    @Message("worth your time:")
    String wt_told_worth();

    @Message("felt heard:")
    String wt_told_heard();

    @Message("time taken:")
    String wt_told_time();

    @Message("Send my answers")
    String wt_send();

    @Message("Thank you: we have your answers.")
    String wt_sent();

    @Message("Back to your involvement")
    String wt_back_to_involvement();

    @Message("Choose how long it took you")
    String wt_error_timeTaken();

    @Message("Choose whether it was worth your time")
    String wt_error_worthIt();

    @Message("Choose whether you felt heard")
    String wt_error_feltHeard();

    @Message("Your response to a consultation")
    String wt_kind_CONSULTATION_RESPONSE();

    @Message("Forum meeting")
    String wt_kind_MEETING();

    @Message("Other activity")
    String wt_kind_OTHER();

    @Message("Invitations after you said it was not worth it")
    String wt_invitations_title();

    @Message(
            "If your two latest answers say it was not worth your time, we invite you at most once a month. You can ask us to keep inviting you as usual.")
    String wt_invitations_lead();

    @Message("After I say twice that it was not worth my time")
    String wt_invitations_question();

    @Message("Invite me less")
    String wt_invite_less();

    @Message("Keep inviting me as usual")
    String wt_keep_inviting();

    @Message("Choose how we should invite you")
    String wt_error_keep();

    @Message("Saved: we will keep inviting you as usual.")
    String wt_saved_keep();

    @Message("Saved: we will invite you less after you say twice that it was not worth your time.")
    String wt_saved_less();

    @Message("After you say twice that it was not worth your time: we keep inviting you as usual.")
    String wt_profile_keep();

    @Message("After you say twice that it was not worth your time: we invite you less.")
    String wt_profile_less();

    @Message("Change how we invite you")
    String wt_profile_change();

    @Message("You were invited less because you told us twice it was not worth your time. You may still answer.")
    String wt_held_back();

    @Message("Held back: said twice it was not worth it")
    String wt_outcome_NOT_WORTH_IT();

    @Message("Was it worth it? Members' answers about this")
    String wt_staff_link();

    @Message("Was it worth it? Members' answers")
    String wt_staff_title();

    @Message("How many members gave each answer after taking part. Counts only: nobody's answer is shown.")
    String wt_staff_lead();

    @Message("Nobody has answered yet.")
    String wt_staff_none();

    @Message("Other activities together")
    String wt_other_activities();

    @Message("{count} answered")
    String wt_answered(long count);

    @Message("Question")
    String wt_question();

    @Message("Answer")
    String wt_answer();

    @Message("Members")
    String wt_members();

    @Message("Was taking part worth it?")
    String wt_impact_title();

    @Message(
            "After each consultation answered and meeting attended, members may tell us whether it was worth their time and whether they felt heard. {count} answers so far, counted together.")
    String wt_impact_lead(long count);

    @Message("Members' answers by activity")
    String wt_impact_caption();

    @Message("Activity")
    String wt_activity();

    @Message("All activities")
    String wt_all();

    @Message("Consultations")
    String wt_consultations();

    @Message("Meetings")
    String wt_meetings();

    @Message("Worth their time: yes")
    String wt_col_worth_yes();

    @Message("Worth their time: partly")
    String wt_col_worth_partly();

    @Message("Worth their time: no")
    String wt_col_worth_no();

    @Message("Felt heard: yes")
    String wt_col_heard_yes();

    @Message("Felt heard: partly")
    String wt_col_heard_partly();

    @Message("Felt heard: no")
    String wt_col_heard_no();
}
