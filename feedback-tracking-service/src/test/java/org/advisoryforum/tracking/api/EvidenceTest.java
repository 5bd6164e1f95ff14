package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Evidence, not promises: what was done shows evidence; a promise without a date is flagged, to staff and the public. */
@QuarkusTest
class EvidenceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    private static RequestSpecification staff() {
        return given().auth().oauth2(Tokens.accessToken("sam")).contentType("application/json");
    }

    private static Map<String, Object> action(FullConsultation c, String status, String description) {
        Map<String, Object> action = new HashMap<>(Map.of(
                "consultationId",
                c.consultationId(),
                "keyPointIds",
                java.util.List.of(c.kpAdvocate),
                "description",
                description,
                "status",
                status,
                "owner",
                "Policy and standards"));
        if (status.equals("PARTLY_ADOPTED")) {
            action.put("reason", "Only part of it is in our remit.");
        }
        return action;
    }

    @Test
    void anImplementedOrPartlyAdoptedActionNeedsEvidenceElse422AndNothingIsStored() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID()).awaitConsumed(db);
        long actions = db.count("select count(*) from action where consultation_id = ?1", c.consultationId());

        for (String status : java.util.List.of("IMPLEMENTED", "PARTLY_ADOPTED")) {
            staff().body(action(c, status, "Advocates are offered at first contact."))
                    .post("/api/tracking/actions")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("code", equalTo("evidence_required"));
        }
        Map<String, Object> vague = action(c, "IMPLEMENTED", "Advocates are offered at first contact.");
        vague.put("evidence", Map.of("description", "Sorted."));
        staff().body(vague)
                .post("/api/tracking/actions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("evidence.description"))
                .body("errors[0].code", equalTo("not_concrete"));
        vague.put("evidence", Map.of("description", "We will add a line about advocates later."));
        staff().body(vague)
                .post("/api/tracking/actions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("evidence.description"))
                .body("errors[0].code", equalTo("a_promise"));
        assertThat(db.count("select count(*) from action where consultation_id = ?1", c.consultationId()))
                .isEqualTo(actions);

        // a concrete description is evidence enough
        Map<String, Object> described = action(c, "IMPLEMENTED", "Advocates are offered at first contact.");
        described.put("evidence", Map.of("description", "The first-contact letter now offers an advocate by name."));
        staff().body(described)
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .body("evidence.description", equalTo("The first-contact letter now offers an advocate by name."));

        // moving an action to IMPLEMENTED: the evidence comes with the change, or was there before
        String id = staff().body(action(c, "AGREED", "Offer an advocate at first contact."))
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        staff().body(Map.of("status", "IMPLEMENTED"))
                .post("/api/tracking/actions/" + id + "/status")
                .then()
                .statusCode(422)
                .body("code", equalTo("evidence_required"));
        staff().get("/api/tracking/actions/" + id).then().body("status", equalTo("AGREED"));
        staff().body(Map.of(
                        "status", "IMPLEMENTED", "evidence", Map.of("documentUrl", "https://example.gov.uk/advocacy")))
                .post("/api/tracking/actions/" + id + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("IMPLEMENTED"))
                .body("evidence.documentUrl", equalTo("https://example.gov.uk/advocacy"));
    }

    @Test
    void aFutureTenseCommitmentWithoutADueDateIsFlaggedToStaffAndShownPublicly() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        String english = staff().body(action(c, "AGREED", "We will look at how advocates are offered."))
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .body("commitmentWithoutDate", equalTo(true))
                .extract()
                .path("id");
        String welsh = staff().body(action(c, "AGREED", "Byddwn yn edrych ar sut y cynigir eiriolwyr."))
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .body("commitmentWithoutDate", equalTo(true))
                .extract()
                .path("id");
        Map<String, Object> dated = action(c, "AGREED", "We will look at how advocates are offered.");
        dated.put("dueDate", "2026-06-30");
        String withDate = staff().body(dated)
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .body("commitmentWithoutDate", equalTo(false))
                .extract()
                .path("id");

        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String page = "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";
        given().get(page)
                .then()
                .statusCode(200)
                .body("weDid.find { it.actionId == '" + english + "' }.commitmentWithoutDate", equalTo(true))
                .body("weDid.find { it.actionId == '" + welsh + "' }.commitmentWithoutDate", equalTo(true))
                .body("weDid.find { it.actionId == '" + withDate + "' }.commitmentWithoutDate", equalTo(false))
                .body("weDid.find { it.actionId == '" + c.implemented + "' }.commitmentWithoutDate", equalTo(false));
    }
}
