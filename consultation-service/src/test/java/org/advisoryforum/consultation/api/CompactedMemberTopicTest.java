package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.platform.test.EventSender;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * forum.member.v1 is compacted: a consumer reading it from the beginning may find only a member's latest record, and
 * tombstones. Each event carries the whole member snapshot, so that record alone gives the member; a tombstone is no
 * dead letter, and erases a member still held (whose erased event was compacted away while the service was down).
 */
@QuarkusTest
class CompactedMemberTopicTest {

    private static final String TOPIC = "forum.member.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aMembersLatestConsentChangeAloneGivesTheirWholeSnapshot() {
        String member = UUID.randomUUID().toString();
        EventSender.send(bootstrapServers, TOPIC, member, """
                {"eventId":"%s","type":"consent-changed","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"memberId":"%s","quote":"ANONYMOUS","contactByEmail":false,"useInStatistics":true,
                 "consentVersion":3,"changedAt":"%s","displayName":null,"perspectives":["CARER"],"region":"WALES"}}
                """.formatted(
                        UUID.randomUUID(), Instant.now(), member, member, Instant.now()));
        awaitSnapshot(member, "ANONYMOUS", "WALES");
    }

    @Test
    void aMembersLatestLeftEventAloneGivesTheirWholeSnapshotAndATombstoneIsSkipped() {
        String member = UUID.randomUUID().toString();
        EventSender.send(bootstrapServers, TOPIC, UUID.randomUUID().toString(), null);
        EventSender.send(bootstrapServers, TOPIC, member, """
                {"eventId":"%s","type":"left","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"memberId":"%s","leftAt":"%s","perspectives":["CARER"],"region":"LONDON",
                 "consent":{"quote":"NAMED","contactByEmail":false,"useInStatistics":true},"displayName":"Jo"}}
                """.formatted(
                        UUID.randomUUID(), Instant.now(), member, member, Instant.now()));
        awaitSnapshot(member, "NAMED", "LONDON");
        given().auth()
                .oauth2(Fixture.staff())
                .get("/api/consultations/dead-letters")
                .then()
                .statusCode(200)
                .body("findAll { it.record == null }", hasSize(0));
    }

    @Test
    void aTombstoneWithoutTheErasedEventBeforeItErasesAMemberStillHeld() {
        String member = UUID.randomUUID().toString();
        Fixture.memberIdJoined(bootstrapServers, member, "\"CARER\"", "NAMED", "Named Person");
        awaitSnapshot(member, "NAMED", "NORTH_WEST");
        // the erased event was compacted away while this service was down: only the tombstone is left
        EventSender.send(bootstrapServers, TOPIC, member, null);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(Fixture.staff())
                        .get("/api/consultations/member-snapshots/" + member)
                        .then()
                        .statusCode(404));
    }

    private static void awaitSnapshot(String member, String quote, String region) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(Fixture.staff())
                        .get("/api/consultations/member-snapshots/" + member)
                        .then()
                        .statusCode(200)
                        .body("quoteConsent", equalTo(quote))
                        .body("region", equalTo(region))
                        .body("perspectives", contains("CARER")));
    }
}
