package org.advisoryforum.tracking.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.advisoryforum.platform.contracts.ConsumerContracts;
import org.advisoryforum.platform.contracts.ConsumerContracts.Consumed;
import org.advisoryforum.platform.messaging.EventConsumer;
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

    /** the consumer of each topic */
    private static final Map<String, Class<? extends EventConsumer>> CONSUMERS = Map.of(
            LIFECYCLE, ConsultationLifecycleConsumer.class,
            RESPONSES, ResponseConsumer.class,
            KEY_POINTS, KeyPointConsumer.class,
            MEMBERS, MemberConsumer.class,
            MEETINGS, MeetingConsumer.class);

    /** topic and type, the record it decodes into, and what the producer keys it by: the examples' story in order */
    private static final List<Consumed> STORY = List.of(
            consumed(MEMBERS, "joined", MemberEvent.Joined.class, "memberId"),
            consumed(LIFECYCLE, "published", LifecycleEvent.Published.class, "consultationId"),
            consumed(RESPONSES, "submitted", ResponseEvent.Submitted.class, "consultationId"),
            consumed(RESPONSES, "amended", ResponseEvent.Submitted.class, "consultationId"),
            consumed(LIFECYCLE, "closed", LifecycleEvent.Closed.class, "consultationId"),
            consumed(KEY_POINTS, "created", KeyPointEvent.class, "consultationId"),
            consumed(LIFECYCLE, "draft-revised", LifecycleEvent.DraftRevised.class, "consultationId"),
            consumed(LIFECYCLE, "outcome-published", LifecycleEvent.OutcomePublished.class, "consultationId"),
            consumed(MEETINGS, "minutes-published", MeetingEvent.class, "meetingId"),
            consumed(MEMBERS, "profile-changed", MemberEvent.ProfileChanged.class, "memberId"),
            consumed(MEMBERS, "consent-changed", MemberEvent.ConsentChanged.class, "memberId"),
            consumed(MEMBERS, "left", MemberEvent.Left.class, "memberId"),
            consumed(MEMBERS, "erased", MemberEvent.Erased.class, "memberId"),
            consumed(RESPONSES, "withdrawn", ResponseEvent.Withdrawn.class, "consultationId"));

    private static Consumed consumed(String topic, String type, Class<?> record, String key) {
        return new Consumed(CONSUMERS.get(topic), topic, type, record, key);
    }

    @Test
    void everyTypeItConsumesHasAContractAndEachExampleDecodesWithoutLoss() {
        ConsumerContracts.assertEveryTypeHasAContractAndDecodesWithoutLoss(STORY);
    }

    @Test
    void eachExampleOfTheEventsItConsumesGoesThroughTheRealConsumerWithItsEffect() {
        ConsumerContracts.feed(STORY);
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
