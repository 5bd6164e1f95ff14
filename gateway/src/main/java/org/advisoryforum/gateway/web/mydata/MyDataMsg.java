package org.advisoryforum.gateway.web.mydata;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of "download my data" and "your consent history"; Welsh in messages/mydata_cy.properties. */
@MessageBundle(value = "mydata", locale = "en")
public interface MyDataMsg {

    @Message("Download your data")
    String md_title();

    @Message("You can download everything the forum platform holds about you, from each of its services, as one file.")
    String md_lead();

    @Message("The file includes")
    String md_includes();

    @Message("your profile, personal details, perspectives and access needs")
    String md_includes_profile();

    @Message("your consent choices and every change to them")
    String md_includes_consent();

    @Message("your applications to join, your involvement record, claims, messages and meeting invitations")
    String md_includes_forum();

    @Message(
            "your answers to consultations, drafts you have not sent, comments on sections and how you chose to be quoted")
    String md_includes_consultations();

    @Message(
            "what became of your answers, how your words were checked before quoting, and what you told us about our actions")
    String md_includes_tracking();

    @Message(
            "It does not include other people's answers, or notes staff keep about safeguarding concerns. To ask for those, contact our data protection officer.")
    String md_excludes();

    @Message("The file is in JSON, a format computers can read. It may take a few seconds to prepare.")
    String md_format();

    @Message("Download my data")
    String md_button();

    @Message("Sorry, we could not gather your data")
    String md_unavailable_title();

    @Message("Nothing was downloaded, because part of your data could not be gathered:")
    String md_unavailable_lead();

    @Message("Try again in a few minutes.")
    String md_unavailable_retry();

    @Message("Back to download your data")
    String md_unavailable_back();

    @Message("your forum membership (profile, consent, involvement, claims, messages, meetings)")
    String md_part_forum();

    @Message("your answers to consultations")
    String md_part_consultations();

    @Message("what became of your answers")
    String md_part_tracking();

    @Message("Your consent history")
    String md_history_title();

    @Message(
            "Every change to how you may be quoted, contacted and counted, newest first. Nothing here is ever changed afterwards: each change is a new version.")
    String md_history_lead();

    @Message("You have made no choices yet.")
    String md_history_none();

    @Message("Version")
    String md_history_version();

    @Message("When")
    String md_history_when();

    @Message("How you may be quoted")
    String md_history_quote();

    @Message("E-mail")
    String md_history_email();

    @Message("Statistics")
    String md_history_statistics();

    @Message("How it was made")
    String md_history_channel();

    @Message("Yes")
    String md_yes();

    @Message("No")
    String md_no();

    @Message("When you joined")
    String md_channel_JOINING();

    @Message("On your account page")
    String md_channel_ACCOUNT_PAGE();

    @Message("Through the API")
    String md_channel_API();

    @Message("Not recorded")
    String md_channel_UNRECORDED();

    @Message("See every change to your choices")
    String md_history_link();
}
