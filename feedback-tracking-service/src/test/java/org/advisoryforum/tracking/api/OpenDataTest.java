package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenDataTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    private FullConsultation published() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        return c;
    }

    @Test
    void theImpactFiguresMeasureResponsivenessPerConsultation() {
        FullConsultation c = published();
        JsonPath impact = given().get("/api/tracking/impact")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String one = "consultations.find { it.consultationId == '" + c.consultationId() + "' }.figures.";

        assertThat(impact.getDouble(one + "averageDaysFromCloseToOutcome")).isEqualTo(40.0);
        assertThat(impact.getInt(one + "keyPoints")).isEqualTo(4);
        assertThat(impact.getInt(one + "keyPointsWithAction")).isEqualTo(3);
        assertThat(impact.getDouble(one + "shareOfKeyPointsWithAction")).isEqualTo(0.75);
        assertThat(impact.getInt(one + "actions")).isEqualTo(3);
        assertThat(impact.getInt(one + "implemented")).isEqualTo(1);
        assertThat(impact.getDouble(one + "shareOfActionsImplemented")).isEqualTo(0.33);
        assertThat(impact.getDouble(one + "shareOfImplementedWithLivedExperience"))
                .isEqualTo(1.0);
        assertThat(impact.getInt(one + "participants")).isEqualTo(5);
        assertThat(impact.getMap(one + "participationByPerspective"))
                .containsEntry("LIVED_EXPERIENCE", 3)
                .containsEntry("CARER", 2)
                .doesNotContainKey("SOCIAL_WORKER");
        assertThat(impact.getMap(one + "participationByRegion")).doesNotContainKey("LONDON");
        assertThat(impact.getInt("overall.consultations")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theOutcomeGraphIsOpenDataAsJsonAndCsv() {
        FullConsultation c = published();
        JsonPath graph = given().get("/api/tracking/export/outcomes.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String one = "consultations.find { it.consultationId == '" + c.consultationId() + "' }.";
        assertThat(graph.getList(one + "keyPoints.text"))
                .contains(FullConsultation.KP_FORMAT, FullConsultation.KP_ADVOCATE);
        assertThat(graph.getList(one + "actions.status"))
                .containsExactly("IMPLEMENTED", "PARTLY_ADOPTED", "NOT_ADOPTED");
        assertThat(graph.getString(one + "actions[0].evidence.draftChange.textAfter"))
                .isEqualTo(FullConsultation.INFO_V2);
        assertThat(given().get("/api/tracking/export/outcomes.json").asString()).doesNotContain("quotes");

        String csv = given().get("/api/tracking/export/outcomes.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asString();
        List<String> rows = Arrays.stream(csv.split("\r\n"))
                .filter(r -> r.startsWith(c.consultationId().toString()))
                .toList();
        assertThat(csv).startsWith("consultation_id,consultation_title,");
        assertThat(rows).hasSize(4);
        assertThat(rows).anyMatch(r -> r.contains(c.implemented + ",IMPLEMENTED,") && r.contains(",information,1,2,"));
        assertThat(rows).anyMatch(r -> r.contains(c.kpAdvocate.toString()) && r.contains("not yet answered"));
    }

    @Test
    void theAtomFeedListsPublishedOutcomesAndStatusChanges() throws Exception {
        FullConsultation c = published();
        String feed = given().get("/api/tracking/feed.atom")
                .then()
                .statusCode(200)
                .contentType("application/atom+xml")
                .extract()
                .asString();

        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("feed");
        assertThat(document.getElementsByTagName("entry").getLength()).isGreaterThanOrEqualTo(4);
        assertThat(feed)
                .contains(
                        "<id>urn:uuid:" + c.consultationId() + "</id>",
                        "You said, we did: " + FullConsultation.TITLE,
                        "Partly adopted: Carers should not be asked",
                        "/consultations/" + c.consultationId() + "/you-said-we-did");
    }
}
