package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicPrivacyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Test
    void publicBodiesCarryNoMemberIdNameEmailStaffNameOrUnconsentedWords() {
        UUID amara = UUID.fromString(
                Tokens.claims(Tokens.accessToken("amara")).path("sub").asText());
        FullConsultation c = new FullConsultation(bootstrapServers, amara)
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        given().auth()
                .oauth2(Tokens.accessToken("amara"))
                .contentType("application/json")
                .body("{\"verdict\":\"MISSES\",\"comment\":\"A private remark from Amara Okafor\"}")
                .post("/api/tracking/actions/" + c.notAdopted + "/confirmations")
                .then()
                .statusCode(200);
        given().get("/api/tracking/export/outcomes.json")
                .then()
                .statusCode(200)
                .body("consultations.consultationId", hasItem(c.consultationId().toString()));

        List<String> bodies = new ArrayList<>();
        bodies.add(given().get("/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did")
                .asString());
        bodies.add(given().get("/api/tracking/impact").asString());
        bodies.add(given().get("/api/tracking/export/outcomes.json").asString());
        bodies.add(given().get("/api/tracking/export/outcomes.csv").asString());
        bodies.add(given().get("/api/tracking/feed.atom").asString());

        assertThat(bodies.get(0)).contains(FullConsultation.AMARA_Q2, "David P.");
        for (String body : bodies) {
            for (UUID member : c.memberIds()) {
                assertThat(body).doesNotContain(member.toString());
            }
            assertThat(body)
                    .doesNotContain("@example.org", "Amara", "Okafor", "Sam Carter", "Grace", "Tom Hughes")
                    .doesNotContain("(account)")
                    .doesNotContainPattern("\\bpriya\\b") // names responses carried
                    .doesNotContainPattern("\\bsam\\b")
                    .doesNotContain(FullConsultation.GRACE_Q4) // consent withdrawn after responding
                    .doesNotContain(FullConsultation.TOM_Q2) // never allowed quoting
                    .doesNotContain("A private remark"); // confirmation comments are for staff only
        }
    }
}
