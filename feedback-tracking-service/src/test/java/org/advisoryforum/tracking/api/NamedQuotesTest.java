package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.tracking.support.Db;
import org.advisoryforum.tracking.support.FullConsultation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The name with a named quote is the forum display name from tracking's own member snapshot (forum.member.v1), so a
 * rename or a change of consent reaches the already-published page, the exports and the feed.
 */
@QuarkusTest
class NamedQuotesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Db db;

    private String page(FullConsultation c) {
        return "/api/tracking/consultations/" + c.consultationId() + "/you-said-we-did";
    }

    private List<String> quoteNames(FullConsultation c) {
        return given().get(page(c))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("youSaid.quotes.flatten().findAll { it.attribution == 'NAMED' }.name", String.class);
    }

    @Test
    void aNamedQuoteShowsTheForumDisplayNameAndNeverANameTheResponseCarried() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());

        assertThat(quoteNames(c)).containsOnly("David P.", "Priya R.");
        assertThat(given().get(page(c)).asString())
                .doesNotContain("David Price (account)")
                .doesNotContainPattern("\\bpriya\\b");
    }

    @Test
    void aMemberRenamedInTheForumIsShownUnderTheNewNameOnThePublishedPage() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        String etag = given().get(page(c)).then().statusCode(200).extract().header("ETag");

        c.events.profileChanged(c.david.memberId(), List.of("CARER"), "WALES", "Dai Price");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().header("If-None-Match", etag)
                        .get(page(c))
                        .then()
                        .statusCode(200)
                        .body("youSaid.quotes.flatten().name", hasItem("Dai Price"))
                        .body("youSaid.quotes.flatten().name", not(hasItem("David P."))));
        assertThat(quoteNames(c)).contains("Dai Price", "Priya R.");
    }

    @Test
    void consentChangedFromNamedToAnonymousRemovesTheNameFromThePageTheExportsAndTheFeed() {
        FullConsultation c = new FullConsultation(bootstrapServers, UUID.randomUUID())
                .awaitConsumed(db)
                .recordActions(Tokens.accessToken("sam"));
        c.events.outcomePublished();
        FullConsultation.awaitPublicPage(c.consultationId());
        assertThat(quoteNames(c)).contains("David P.");

        c.events.consentChanged(c.david.memberId(), "ANONYMOUS", true);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(given().get(page(c)).asString()).doesNotContain("David P."));
        // his words stay, now anonymous: he still allows quoting
        given().get(page(c))
                .then()
                .body(
                        "youSaid.quotes.flatten().findAll { it.text == '" + FullConsultation.DAVID_Q2
                                + "' }[0].attribution",
                        equalTo("ANONYMOUS"))
                .body(
                        "youSaid.quotes.flatten().findAll { it.text == '" + FullConsultation.DAVID_Q2 + "' }[0].name",
                        equalTo(null));
        assertThat(quoteNames(c)).containsOnly("Priya R.");
        for (String path : List.of(
                "/api/tracking/export/outcomes.json",
                "/api/tracking/export/outcomes.csv",
                "/api/tracking/feed.atom",
                "/api/tracking/impact")) {
            assertThat(given().get(path).then().statusCode(200).extract().asString())
                    .as(path)
                    .doesNotContain("David P.")
                    .doesNotContain("David Price");
        }
        // a name that arrives with a later event while consent is not NAMED is not kept
        c.events.profileChanged(c.david.memberId(), List.of("CARER"), "WALES", "David P.");
        c.awaitConsumed(db);
        assertThat(given().get(page(c)).asString()).doesNotContain("David P.");
        assertThat(db.count(
                        "select count(*) from tracked_member where member_id = ?1 and display_name is not null",
                        c.david.memberId()))
                .isZero();
    }
}
