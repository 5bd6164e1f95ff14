package org.advisoryforum.tracking.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.test.EventSender;
import org.advisoryforum.platform.test.KafkaTopicReader;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.Scenario;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Test
    void aSubmittedResponseIsKeptAsInputReferencesWithOnlyConsentedWords() {
        Scenario s = new Scenario(bootstrapServers);
        Scenario.Respondent quoted = s.respond(
                UUID.randomUUID(),
                List.of("CARER"),
                "WALES",
                true,
                "ANONYMOUS",
                null,
                Scenario.answer("q1", "FREE_TEXT", "s1", "Words I allow"),
                Scenario.answer("q2", "SCALE", null, 4),
                Scenario.comment("s1", "A comment I allow"));
        Scenario.Respondent unquoted = s.respond(
                UUID.randomUUID(),
                List.of("CARER"),
                "WALES",
                true,
                "NONE",
                null,
                Scenario.answer("q1", "FREE_TEXT", "s1", "Words that never travel"));
        db.awaitProcessed(s.eventIds());

        assertThat(inputs(quoted)).isEqualTo(3);
        assertThat(db.count("select count(*) from tracked_input where response_id = '" + quoted.responseId()
                        + "' and quote_text is not null"))
                .isEqualTo(2); // the scale value is never a quote
        assertThat(db.count("select count(*) from tracked_input where response_id = '" + unquoted.responseId()
                        + "' and quote_text is null"))
                .isEqualTo(1);
    }

    @Test
    void anAmendedResponseReplacesItsInputsAndAWithdrawnOneRemovesThem() {
        Scenario s = new Scenario(bootstrapServers);
        UUID member = UUID.randomUUID();
        Scenario.Respondent first = s.respond(
                member,
                List.of("CARER"),
                "WALES",
                true,
                "ANONYMOUS",
                null,
                Scenario.answer("q1", "FREE_TEXT", null, "First words"),
                Scenario.answer("q2", "SCALE", null, 4));
        db.awaitProcessed(s.eventIds());
        assertThat(inputs(first)).isEqualTo(2);

        s.amend(first, Scenario.answer("q1", "FREE_TEXT", null, "Second thoughts"));
        db.awaitProcessed(s.eventIds());
        assertThat(inputs(first)).isEqualTo(1);
        assertThat(db.count("select count(*) from tracked_input where response_id = '" + first.responseId()
                        + "' and quote_text = 'Second thoughts'"))
                .isEqualTo(1);

        s.withdrawn(first);
        db.awaitProcessed(s.eventIds());
        assertThat(inputs(first)).isZero();
        assertThat(db.count("select count(*) from tracked_response where id = '" + first.responseId() + "'"))
                .isZero();
    }

    @Test
    void anUnreadableResponseEventGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        EventSender.send(bootstrapServers, Scenario.RESPONSE, key, "{\"not\":\"an envelope\"}");
        KafkaTopicReader.awaitRecord(
                bootstrapServers,
                Scenario.RESPONSE + ".dlq.feedback-tracking-service",
                r -> key.equals(r.key()),
                Duration.ofSeconds(30));
    }

    private long inputs(Scenario.Respondent respondent) {
        return db.count("select count(*) from tracked_input where response_id = '" + respondent.responseId() + "'");
    }
}
