package org.advisoryforum.gateway.web.deadletters;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the admin's dead-letter page; Welsh in messages/deadletters_cy.properties. */
@MessageBundle(value = "deadletters", locale = "en")
public interface DeadLettersMsg {

    @Message("Dead letters (events the services could not process)")
    String dl_link();

    @Message("Dead letters")
    String dl_title();

    @Message(
            "Events a service could not process, with the error it gave. After a fix they can be replayed once through the same handlers.")
    String dl_lead();

    @Message("Consultations")
    String dl_service_consultations();

    @Message("Forum")
    String dl_service_forum();

    @Message("Tracking what was done")
    String dl_service_tracking();

    @Message("None: every event was processed.")
    String dl_none();

    @Message("This service could not be reached just now; try again in a few minutes.")
    String dl_unavailable();

    @Message("{count} dead letters")
    String dl_count(int count);

    @Message("Received")
    String dl_received();

    @Message("Consumer")
    String dl_consumer();

    @Message("Error")
    String dl_error();

    @Message("Replayed")
    String dl_replayed();

    @Message("{when} by {who}")
    String dl_replayed_by(String when, String who);

    @Message("Not yet")
    String dl_not_replayed();

    @Message("Replay")
    String dl_replay();

    @Message("dead letter {id}")
    String dl_replay_hidden(long id);

    @Message("Done")
    String dl_done();

    @Message("Not replayed")
    String dl_not_done();

    @Message("Dead letter {id} was processed again.")
    String dl_replayed_now(long id);

    @Message("Dead letter {id} was replayed: its effect was already there.")
    String dl_replayed_already_there(long id);

    @Message("Dead letter {id} was not replayed: it was replayed already, or it still fails. Nothing was changed.")
    String dl_replay_refused(long id);
}
