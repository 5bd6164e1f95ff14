package org.advisoryforum.forum.meetings;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.platform.test.Tokens;

/** The API steps the meeting tests share. */
final class Meetings {

    private Meetings() {}

    static Map<String, Object> inPerson(String title) {
        Instant starts = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plus(Duration.ofHours(2)).toString());
        body.put("format", "IN_PERSON");
        body.put("place", "Civic Centre, Leeds, room 4");
        body.put("accessibility", "Step-free access, a hearing loop, BSL interpreter on request.");
        return body;
    }

    static ValidatableResponse schedule(Map<String, Object> body) {
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/forum/meetings")
                .then();
    }

    static String scheduled(Map<String, Object> body) {
        return schedule(body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse invite(String meetingId, TestUsers.Person... people) {
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "memberIds",
                        java.util.Arrays.stream(people)
                                .map(p -> p.id().toString())
                                .toList()))
                .when()
                .post("/api/forum/meetings/" + meetingId + "/invitations")
                .then();
    }

    static ValidatableResponse reply(TestUsers.Person member, String meetingId, String reply, String accessNeeds) {
        Map<String, Object> body = new HashMap<>();
        body.put("reply", reply);
        body.put("accessNeeds", accessNeeds);
        return given().auth()
                .oauth2(member.token())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/api/forum/members/me/meetings/" + meetingId + "/reply")
                .then();
    }

    static ValidatableResponse attendance(String meetingId, List<UUID> attended) {
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body(Map.of("attended", attended.stream().map(UUID::toString).toList()))
                .when()
                .post("/api/forum/meetings/" + meetingId + "/attendance")
                .then();
    }

    /** The meeting took place: it started {@code ago} and lasted its length (2 hours in these tests). */
    static void tookPlace(EntityManager em, String meetingId, Duration ago) {
        Instant starts = Instant.now().minus(ago);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update meeting set starts_at = ?1, ends_at = ?2 where id = ?3")
                        .setParameter(1, starts)
                        .setParameter(2, starts.plus(Duration.ofHours(2)))
                        .setParameter(3, UUID.fromString(meetingId))
                        .executeUpdate());
    }

    static long rows(EntityManager em, String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
