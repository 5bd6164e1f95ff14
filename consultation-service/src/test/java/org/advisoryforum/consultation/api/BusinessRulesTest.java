package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Rules of answering that the member snapshot (forum.member.v1) decides, each refused with a named reason. */
@QuarkusTest
class BusinessRulesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> assisted(String memberId, String attribution) {
        return Map.of(
                "memberId",
                memberId,
                "provenance",
                "PHONE",
                "response",
                Map.of(
                        "attribution",
                        attribution,
                        "answers",
                        Map.of("q1", 2, "q3", List.of("Offer an advocate"), "q4", "Partly")));
    }

    private long responsesOf(String memberId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery("select count(*) from response where member_id = cast(?1 as uuid)")
                                .setParameter(1, memberId)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void staffCannotRecordAnAssistedResponseForAnIdThatIsNoMember() {
        String id = Fixture.openForAWhile("Assisted for nobody");
        String nobody = UUID.randomUUID().toString();
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(assisted(nobody, "ANONYMOUS"))
                .post("/api/consultations/" + id + "/responses/assisted")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_a_member"));
        assertThat(responsesOf(nobody)).isZero();
    }

    @Test
    void staffCannotRecordAnAssistedResponseForSomeoneWhoLeftTheForum() {
        String first = Fixture.openForAWhile("Assisted before leaving");
        String second = Fixture.openForAWhile("Assisted after leaving");
        String leaver = UUID.randomUUID().toString();
        Fixture.memberIdJoined(bootstrapServers, leaver, "\"CARER\"", "ANONYMOUS", null);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(Fixture.staff())
                        .get("/api/consultations/member-snapshots/" + leaver)
                        .then()
                        .statusCode(200));
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(assisted(leaver, "ANONYMOUS"))
                .post("/api/consultations/" + first + "/responses/assisted")
                .then()
                .statusCode(201);

        Fixture.memberLeft(bootstrapServers, leaver);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                                .call(() -> ((Number) entityManager
                                                .createNativeQuery(
                                                        "select count(*) from member_snapshot where member_id = cast(?1 as uuid)"
                                                                + " and left_at is not null")
                                                .setParameter(1, leaver)
                                                .getSingleResult())
                                        .longValue())
                        == 1);
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(assisted(leaver, "ANONYMOUS"))
                .post("/api/consultations/" + second + "/responses/assisted")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("not_a_member"));
        assertThat(responsesOf(leaver)).isEqualTo(1);
    }

    @Test
    void aNamedAttributionIsRefusedForAMemberWhoseConsentIsNotNamed() {
        Fixture.memberKnown(bootstrapServers, "priya", "ANONYMOUS");
        String id = Fixture.openForAWhile("Named without consent");
        String priya = Fixture.memberId("priya");
        Fixture.save("priya", id, Map.of("attribution", "NAMED", "answers", Map.of("q1", 3)))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("named_without_consent"));
        given().auth()
                .oauth2(Tokens.accessToken("priya"))
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(assisted(priya, "NAMED"))
                .post("/api/consultations/" + id + "/responses/assisted")
                .then()
                .statusCode(409)
                .body("code", equalTo("named_without_consent"));
        given().auth()
                .oauth2(Tokens.accessToken("priya"))
                .get("/api/consultations/" + id + "/responses/me")
                .then()
                .statusCode(404);
        // what her consent allows is fine
        Fixture.save("priya", id, Map.of("attribution", "ANONYMOUS", "answers", Map.of("q1", 3)))
                .statusCode(200)
                .body("attribution", equalTo("ANONYMOUS"));
    }

    @Test
    void aMemberWhoChoseToBeNamedMayAnswerNamedAndStaffMayRecordItSo() {
        String named = UUID.randomUUID().toString();
        Fixture.memberIdJoined(bootstrapServers, named, "\"CARER\"", "NAMED", "Jo Named");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(Fixture.staff())
                        .get("/api/consultations/member-snapshots/" + named)
                        .then()
                        .statusCode(200)
                        .body("quoteConsent", equalTo("NAMED")));
        String id = Fixture.openForAWhile("Named with consent");
        given().auth()
                .oauth2(Fixture.staff())
                .contentType(ContentType.JSON)
                .body(assisted(named, "NAMED"))
                .post("/api/consultations/" + id + "/responses/assisted")
                .then()
                .statusCode(201)
                .body("attribution", equalTo("NAMED"))
                .body("provenance", equalTo("PHONE"));
    }
}
