package org.advisoryforum.forum.meetings;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.contracts.ProducerContracts;
import org.advisoryforum.platform.contracts.ProducerContracts.Tombstones;
import org.junit.jupiter.api.Test;

/**
 * forum-service keeps its event contracts (platform-contracts): through its real API it emits every type of
 * forum.member.v1 and forum.meeting.v1, and every record on those topics, read back from Kafka, keeps the envelope
 * schema and its type's payload schema; a type without a schema fails. (In this package for the meeting steps.)
 */
@QuarkusTest
class ForumProducerContractTest {

    private static final List<String> TOPICS = List.of("forum.member.v1", "forum.meeting.v1");

    @Inject
    EntityManager em;

    @Test
    void everyEventTypeItEmitsThroughItsApiKeepsItsJsonSchema() {
        // joined, profile-changed, consent-changed
        TestUsers.Person member = Forum.newMember("contract");
        given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body(Forum.profile("Contract " + member.username(), 3))
                .when()
                .put("/api/forum/members/me")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body(Map.of("quote", "NAMED", "contactByEmail", false, "useInStatistics", true))
                .when()
                .put("/api/forum/members/me/consents")
                .then()
                .statusCode(200);

        // minutes-published
        String meeting = Meetings.scheduled(Meetings.inPerson("Contract check meeting"));
        Meetings.invite(meeting, member).statusCode(200);
        Meetings.reply(member, meeting, "REGISTERED", "Papers in large print").statusCode(200);
        Meetings.tookPlace(em, meeting, Duration.ofHours(5));
        Meetings.attendance(meeting, List.of(member.id())).statusCode(200);
        MinutesTest.publish(meeting, MinutesTest.minutes(LocalDate.now().plusMonths(2)))
                .statusCode(201);

        // left; and another member's erasure (erased, then a tombstone)
        given().auth()
                .oauth2(member.token())
                .post("/api/forum/members/me/leave")
                .then()
                .statusCode(204);
        TestUsers.Person erased = Forum.newMember("contract-erased");
        given().auth()
                .oauth2(erased.token())
                .delete("/api/forum/members/me")
                .then()
                .statusCode(204);

        // a tombstone after an erasure: a key with no event, no contract of its own
        ProducerContracts.awaitEveryTypeEmitted(
                TOPICS, Set.of(member.id().toString(), erased.id().toString(), meeting), Tombstones.ALLOWED);
    }
}
