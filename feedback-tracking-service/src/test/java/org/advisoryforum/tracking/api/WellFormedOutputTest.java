package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The public Atom feed and CSV export stay well formed whatever text was stored, control characters included. */
@QuarkusTest
class WellFormedOutputTest {

    /** every control character PostgreSQL will store (it refuses U+0000), plus U+0085 and U+FFFE */
    private static final String STORED =
            "Bell\u0007 escape\u001b[31m vertical\u000b form feed\u000c next\u0085 not\ufffe,"
                    + " \"quoted\" <b>&amp;</b>";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    @Inject
    EntityManager entityManager;

    @Test
    void aStatusReasonWithControlCharactersIsRefusedAndStoredOnesStillGiveAFeedThatParsesAndAWellFormedCsv()
            throws Exception {
        String staff = Tokens.accessToken("sam");
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(staff);
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());

        given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body("{\"status\":\"DEFERRED\",\"reason\":\"Later\\u0007\\u0000 on\"}")
                .post("/api/tracking/actions/" + c.notAdopted + "/status")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reason"))
                .body("errors.code", hasItem("control_character"));

        // as if stored before input refused them (or written by hand into the database)
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager
                    .createNativeQuery("update action set description = ?1 where id = ?2")
                    .setParameter(1, STORED)
                    .setParameter(2, c.partlyAdopted)
                    .executeUpdate();
            entityManager
                    .createNativeQuery("update action_status_change set reason = ?1 where action_id = ?2")
                    .setParameter(1, STORED)
                    .setParameter(2, c.partlyAdopted)
                    .executeUpdate();
        });
        given().auth()
                .oauth2(staff)
                .contentType("application/json")
                .body("{\"status\":\"DEFERRED\",\"reason\":\"Waiting for the systems review\"}")
                .post("/api/tracking/actions/" + c.partlyAdopted + "/status")
                .then()
                .statusCode(200)
                .body("status", equalTo("DEFERRED"));

        String clean = "Bell escape[31m vertical form feed next not, \"quoted\" <b>&amp;</b>";
        await().atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(given().get("/api/tracking/export/outcomes.csv")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString())
                        .contains(clean.replace("\"", "\"\"")));

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
        assertThat(document.getDocumentElement().getTextContent()).contains(clean);

        String csv = given().get("/api/tracking/export/outcomes.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows).hasSizeGreaterThan(1);
        for (List<String> row : rows) {
            assertThat(row).as("every record has the header's cells").hasSameSizeAs(rows.get(0));
        }
        assertThat(csv.chars()
                        .filter(ch ->
                                ch < 0x20 && ch != '\r' && ch != '\n' && ch != '\t' || ch == 0x85 || ch == 0xfffe))
                .isEmpty();
    }

    /** A strict RFC 4180 reader: fails on a quote inside an unquoted cell or an unterminated quoted cell. */
    private static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char ch = csv.charAt(i);
            if (ch == '"' && cell.isEmpty()) {
                i++;
                while (true) {
                    assertThat(i).as("quoted cell ends").isLessThan(csv.length());
                    char q = csv.charAt(i++);
                    if (q == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(q);
                    }
                }
                assertThat(i == csv.length() || csv.charAt(i) == ',' || csv.charAt(i) == '\r')
                        .as("after a quoted cell")
                        .isTrue();
                continue;
            }
            if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertThat(ch).as("bare character in an unquoted cell").isNotIn('"', '\r', '\n');
                cell.append(ch);
            }
            i++;
        }
        assertThat(cell.isEmpty() && row.isEmpty())
                .as("the last record ends with CRLF")
                .isTrue();
        return rows;
    }
}
