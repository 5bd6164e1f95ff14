package org.advisoryforum.tracking.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A whole consultation, event by event through the broker: five members (one of them the caller's own "amara"
 * when given), their responses, four key points, a v1 → v2 revision; then three actions recorded by staff.
 */
public class FullConsultation {

    public static final String TITLE = "Working in partnership";
    public static final String AMARA_Q2 = "Use short words and one page.";
    public static final String AMARA_COMMENT = "Considering is not the same as deciding together.";
    public static final String DAVID_Q2 = "Large print, and a phone call after the letter.";
    public static final String DAVID_Q4 = "Every new worker asks me the same questions about my son.";
    public static final String PRIYA_Q2 = "A standard accessible summary template.";
    public static final String PRIYA_Q4 = "Systems do not talk to each other.";
    public static final String TOM_Q2 = "Documents that work with a screen reader.";
    public static final String GRACE_Q4 = "My mother's carers and I were asked the same things by three teams.";
    public static final String KP_FORMAT = "Information must come in the format each person needs.";
    public static final String KP_CARERS = "Carers are asked for the same information again and again.";
    public static final String KP_DECIDE = "Decisions should be made together, not just 'considered'.";
    public static final String KP_ADVOCATE = "Everyone should be offered an advocate.";
    public static final String INFO_V1 = "Information in writing.";
    public static final String INFO_V2 = "Information in the format the person needs, checked for understanding.";
    public static final String CARERS_V1 = "Carers have a right to an assessment.";
    public static final String CARERS_V2 = "Carers should not be asked to repeat information.";

    public final Scenario events;
    public final Scenario.Respondent amara;
    public final Scenario.Respondent david;
    public final Scenario.Respondent priya;
    public final Scenario.Respondent tom;
    public final Scenario.Respondent grace;
    public final UUID kpFormat;
    public final UUID kpCarers;
    public final UUID kpDecide;
    public final UUID kpAdvocate;
    public UUID implemented;
    public UUID partlyAdopted;
    public UUID notAdopted;

    /** @param amaraId the member id of the first respondent (the real "amara" subject for member tests) */
    public FullConsultation(String bootstrapServers, UUID amaraId) {
        this(bootstrapServers, amaraId, UUID.randomUUID());
    }

    /** @param davidId the member id of the second respondent (the real "david" subject for member tests) */
    public FullConsultation(String bootstrapServers, UUID amaraId, UUID davidId) {
        events = new Scenario(bootstrapServers).published(TITLE);
        UUID priyaId = UUID.randomUUID();
        UUID tomId = UUID.randomUUID();
        UUID graceId = UUID.randomUUID();
        events.joined(amaraId, List.of("LIVED_EXPERIENCE"), "NORTH_WEST", "ANONYMOUS", true)
                .joined(davidId, List.of("CARER"), "WALES", "NAMED", true, "David P.")
                .joined(priyaId, List.of("SOCIAL_WORKER"), "LONDON", "NAMED", false, "Priya R.")
                .joined(tomId, List.of("LIVED_EXPERIENCE", "STUDENT"), "NORTH_WEST", "NONE", true)
                .joined(graceId, List.of("CARER", "LIVED_EXPERIENCE"), "SCOTLAND", "ANONYMOUS", true);
        // a producer bug must not leak amara's name: she chose ANONYMOUS
        amara = events.respond(
                amaraId,
                List.of("LIVED_EXPERIENCE"),
                "NORTH_WEST",
                true,
                "ANONYMOUS",
                "Amara Okafor",
                Scenario.answer("q1", "SCALE", "first-contact", 2),
                Scenario.answer("q2", "FREE_TEXT", "information", AMARA_Q2),
                Scenario.answer("q3", "MULTIPLE_CHOICE", "decisions", List.of("Offer an advocate")),
                Scenario.comment("decisions", AMARA_COMMENT));
        // the names the responses carry are not the forum's: tracking must show the forum display names
        david = events.respond(
                davidId,
                List.of("CARER"),
                "WALES",
                true,
                "NAMED",
                "David Price (account)",
                Scenario.answer("q2", "FREE_TEXT", "information", DAVID_Q2),
                Scenario.answer("q4", "FREE_TEXT", "carers", DAVID_Q4));
        priya = events.respond(
                priyaId,
                List.of("SOCIAL_WORKER"),
                "LONDON",
                false,
                "NAMED",
                "priya",
                Scenario.answer("q2", "FREE_TEXT", "information", PRIYA_Q2),
                Scenario.answer("q4", "FREE_TEXT", "carers", PRIYA_Q4));
        tom = events.respond(
                tomId,
                List.of("LIVED_EXPERIENCE", "STUDENT"),
                "NORTH_WEST",
                true,
                "NONE",
                null,
                Scenario.answer("q1", "SCALE", "first-contact", 1),
                Scenario.answer("q2", "FREE_TEXT", "information", TOM_Q2));
        grace = events.respond(
                graceId,
                List.of("CARER", "LIVED_EXPERIENCE"),
                "SCOTLAND",
                true,
                "ANONYMOUS",
                null,
                Scenario.answer("q4", "FREE_TEXT", "carers", GRACE_Q4));
        events.closed();
        kpFormat = events.keyPoint(
                KP_FORMAT,
                amara,
                amara.input("q2"),
                david,
                david.input("q2"),
                priya,
                priya.input("q2"),
                tom,
                tom.input("q2"));
        kpCarers = events.keyPoint(
                KP_CARERS, david, david.input("q4"), priya, priya.input("q4"), grace, grace.input("q4"));
        kpDecide = events.keyPoint(KP_DECIDE, amara, amara.input("decisions"), tom, tom.input("q1"));
        kpAdvocate = events.keyPoint(KP_ADVOCATE, amara, amara.input("q3"));
        events.revised("information", INFO_V1, INFO_V2, "carers", CARERS_V1, CARERS_V2);
        // grace withdraws her consent to quoting after responding: her words must not be shown
        events.consentChanged(graceId, "NONE", true);
    }

    public UUID consultationId() {
        return events.consultationId;
    }

    public List<UUID> memberIds() {
        return List.of(amara.memberId(), david.memberId(), priya.memberId(), tom.memberId(), grace.memberId());
    }

    /** staff approve every quotable answer and comment of this consultation in moderation, then record the actions */
    public FullConsultation recordActions(String staffToken) {
        return approveQuotes(staffToken).recordActionsWithoutModeration(staffToken);
    }

    /** staff approve, unchanged, every answer and comment of this consultation waiting in moderation */
    public FullConsultation approveQuotes(String staffToken) {
        List<String> pending = given().auth()
                .oauth2(staffToken)
                .queryParam("consultationId", consultationId())
                .get("/api/tracking/moderation")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("inputId");
        for (String inputId : pending) {
            given().auth()
                    .oauth2(staffToken)
                    .contentType(ContentType.JSON)
                    .body(Map.of("decision", "APPROVE"))
                    .post("/api/tracking/moderation/" + inputId + "/decision")
                    .then()
                    .statusCode(200);
        }
        return this;
    }

    /** staff record an implemented, a partly adopted and a not adopted action (quotes stay as moderation left them) */
    public FullConsultation recordActionsWithoutModeration(String staffToken) {
        implemented = create(
                staffToken,
                Map.of(
                        "consultationId",
                        consultationId(),
                        "keyPointIds",
                        List.of(kpFormat),
                        "description",
                        "Sharing information now requires the format the person needs.",
                        "status",
                        "IMPLEMENTED",
                        "owner",
                        "Policy and standards",
                        "dueDate",
                        "2026-03-31",
                        "evidence",
                        Map.of("sectionKey", "information")));
        partlyAdopted = create(
                staffToken,
                Map.of(
                        "consultationId",
                        consultationId(),
                        "keyPointIds",
                        List.of(kpCarers),
                        "description",
                        "Carers should not be asked to repeat information.",
                        "status",
                        "PARTLY_ADOPTED",
                        "reason",
                        "Joining up record systems is outside what guidance can require.",
                        "owner",
                        "Policy and standards",
                        "evidence",
                        Map.of("sectionKey", "carers", "toVersion", 2)));
        notAdopted = create(
                staffToken,
                Map.of(
                        "consultationId",
                        consultationId(),
                        "keyPointIds",
                        List.of(kpDecide),
                        "description",
                        "No change to the decision wording.",
                        "status",
                        "NOT_ADOPTED",
                        "reason",
                        "The law sets this wording.",
                        "owner",
                        "Legal team",
                        "reviewDate",
                        "2026-09-30",
                        "evidence",
                        Map.of("documentUrl", "https://example.gov.uk/explainer")));
        return this;
    }

    /** waits until tracking has consumed every event sent so far (key points and the revision included) */
    public FullConsultation awaitConsumed(Db db) {
        db.awaitProcessed(events.eventIds());
        return this;
    }

    /** staff record an agreed action on the format key point, to be reviewed on 30 June 2026; returns its id */
    public UUID recordActionForReview(String staffToken) {
        return create(
                staffToken,
                Map.of(
                        "consultationId",
                        consultationId(),
                        "keyPointIds",
                        List.of(kpFormat),
                        "description",
                        "Letters are sent in the format each person asked for.",
                        "status",
                        "AGREED",
                        "owner",
                        "Policy and standards",
                        "reviewDate",
                        "2026-06-30"));
    }

    private static UUID create(String staffToken, Map<String, Object> action) {
        return UUID.fromString(given().auth()
                .oauth2(staffToken)
                .contentType(ContentType.JSON)
                .body(action)
                .when()
                .post("/api/tracking/actions")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    public static void awaitPublicPage(UUID consultationId) {
        await().atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/api/tracking/consultations/" + consultationId + "/you-said-we-did")
                        .then()
                        .statusCode(200));
    }
}
