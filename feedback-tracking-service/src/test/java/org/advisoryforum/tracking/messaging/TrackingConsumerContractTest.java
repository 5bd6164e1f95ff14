package org.advisoryforum.tracking.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.advisoryforum.platform.contracts.ConsumerContracts;
import org.advisoryforum.platform.contracts.EventContracts;
import org.advisoryforum.platform.messaging.EventConsumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * feedback-tracking-service reads every topic it consumes as the contracts say: each example of each type, sent on the
 * real topic in the order of the examples' story, is processed by the real consumer (no dead letter) with its effect on
 * the public pages, and decodes into this service's record without loss.
 */
@QuarkusTest
class TrackingConsumerContractTest {

    private static final String LIFECYCLE = "consultation.lifecycle.v1";
    private static final String RESPONSES = "consultation.response.v1";
    private static final String KEY_POINTS = "consultation.keypoint.v1";
    private static final String MEMBERS = "forum.member.v1";
    private static final String MEETINGS = "forum.meeting.v1";
    /** the examples' consultation and meeting (platform-contracts) */
    private static final String CONSULTATION = "3f0c8a52-6d1e-4b7a-9c2e-1a5b7d9e0f11";

    private static final String MEETING = "0f2a4c6e-8b0d-4f2a-8d4f-6a8c0e2b4d01";

    /** topic and type, the record it decodes into, and what the producer keys it by: the examples' story in order */
    private record Consumed(String topic, String type, Class<?> record, String key) {}

    private static final List<Consumed> STORY = List.of(
            new Consumed(MEMBERS, "joined", MemberEvent.Joined.class, "memberId"),
            new Consumed(LIFECYCLE, "published", LifecycleEvent.Published.class, "consultationId"),
            new Consumed(RESPONSES, "submitted", ResponseEvent.Submitted.class, "consultationId"),
            new Consumed(RESPONSES, "amended", ResponseEvent.Submitted.class, "consultationId"),
            new Consumed(LIFECYCLE, "closed", LifecycleEvent.Closed.class, "consultationId"),
            new Consumed(KEY_POINTS, "created", KeyPointEvent.class, "consultationId"),
            new Consumed(LIFECYCLE, "draft-revised", LifecycleEvent.DraftRevised.class, "consultationId"),
            new Consumed(LIFECYCLE, "outcome-published", LifecycleEvent.OutcomePublished.class, "consultationId"),
            new Consumed(MEETINGS, "minutes-published", MeetingEvent.class, "meetingId"),
            new Consumed(MEMBERS, "profile-changed", MemberEvent.ProfileChanged.class, "memberId"),
            new Consumed(MEMBERS, "consent-changed", MemberEvent.ConsentChanged.class, "memberId"),
            new Consumed(MEMBERS, "left", MemberEvent.Left.class, "memberId"),
            new Consumed(MEMBERS, "erased", MemberEvent.Erased.class, "memberId"),
            new Consumed(RESPONSES, "withdrawn", ResponseEvent.Withdrawn.class, "consultationId"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource database;

    @Inject
    ObjectMapper mapper;

    @Inject
    ConsultationLifecycleConsumer lifecycle;

    @Inject
    ResponseConsumer responses;

    @Inject
    KeyPointConsumer keyPoints;

    @Inject
    MemberConsumer members;

    @Inject
    MeetingConsumer meetings;

    private Map<String, EventConsumer> consumers() {
        return Map.of(
                LIFECYCLE,
                lifecycle,
                RESPONSES,
                responses,
                KEY_POINTS,
                keyPoints,
                MEMBERS,
                members,
                MEETINGS,
                meetings);
    }

    @Test
    void everyTypeItConsumesHasAContractAndEachExampleDecodesWithoutLoss() {
        Map<String, Set<String>> story = new TreeMap<>();
        STORY.forEach(
                c -> story.computeIfAbsent(c.topic(), t -> new TreeSet<>()).add(c.type()));
        consumers()
                .forEach((topic, consumer) -> assertThat(
                                new TreeSet<>(consumer.handlers().keySet()))
                        .as(topic)
                        .isEqualTo(story.get(topic)));
        List<String> losses = new ArrayList<>();
        for (Consumed c : STORY) {
            assertThat(EventContracts.types(c.topic())).as(c.topic()).contains(c.type());
            losses.addAll(ConsumerContracts.decodingLosses(mapper, c.topic(), c.type(), c.record()));
        }
        assertThat(losses).isEmpty();
    }

    @Test
    void eachExampleOfTheEventsItConsumesGoesThroughTheRealConsumerWithItsEffect() {
        for (Consumed c : STORY) {
            ConsumerContracts.feed(
                    bootstrapServers,
                    database,
                    consumers().get(c.topic()).name(),
                    c.topic(),
                    c.type(),
                    (JsonNode payload) -> payload.path(c.key()).asText());
        }
        given().get("/api/tracking/consultations/" + CONSULTATION + "/you-said-we-did")
                .then()
                .statusCode(200)
                .body("title", equalTo("Working in partnership with people"))
                .body("youSaid.text", contains("Information must come in the format each person needs."));
        given().get("/api/tracking/meetings/" + MEETING)
                .then()
                .statusCode(200)
                .body("attendance.total", equalTo(3))
                .body("actions", hasSize(1))
                .body("actions[0].status", equalTo("AGREED"));
    }
}
