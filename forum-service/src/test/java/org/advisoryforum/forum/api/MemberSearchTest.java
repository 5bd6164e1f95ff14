package org.advisoryforum.forum.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.PersonalDetails;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.Region;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff's member search is forum-service's: filtered by PostgreSQL, bad filters refused by code. */
@QuarkusTest
class MemberSearchTest {

    @Inject
    MemberRepository members;

    /** In every name, so each test sees only its own members among those other tests add. */
    private String tag;

    private String zoe;
    private String priya;
    private String david;

    @BeforeEach
    void threeMembers() {
        tag = "srch" + UUID.randomUUID().toString().substring(0, 8);
        zoe = "Zoë " + tag + " Okafor";
        priya = "Priya " + tag + "_Shah";
        david = "david " + tag + " Jones";
        QuarkusTransaction.requiringNew().run(() -> {
            members.persist(member(zoe, EnumSet.of(Perspective.LIVED_EXPERIENCE, Perspective.CARER), Region.LONDON));
            members.persist(member(priya, EnumSet.of(Perspective.CARER), Region.NORTH_WEST));
            Member left = member(david, EnumSet.of(Perspective.SOCIAL_WORKER), Region.NORTH_WEST);
            left.leave(Instant.now(), LocalDate.now());
            members.persist(left);
        });
    }

    private static Member member(String name, EnumSet<Perspective> perspectives, Region region) {
        return Member.join(
                UUID.randomUUID(), PersonalDetails.of(name, perspectives, region, null, null), Instant.now());
    }

    private static ValidatableResponse search(Map<String, String> query) {
        return given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .queryParams(query)
                .get("/api/forum/members")
                .then();
    }

    @Test
    void staffFindMembersByAnyPartOfTheNameInAnyCaseActiveMembersFirst() {
        search(Map.of("name", tag.toUpperCase(java.util.Locale.ROOT)))
                .statusCode(200)
                .body("displayName", contains(priya, zoe, david));
        search(Map.of("name", " okaf ")).statusCode(200).body("displayName", hasItem(zoe));
        search(Map.of("name", tag + " okaf")).statusCode(200).body("displayName", contains(zoe));
    }

    @Test
    void staffNarrowTheSearchByPerspectiveAndRegion() {
        search(Map.of("name", tag, "perspective", "CARER")).statusCode(200).body("displayName", contains(priya, zoe));
        search(Map.of("name", tag, "region", "NORTH_WEST")).statusCode(200).body("displayName", contains(priya, david));
        search(Map.of("name", tag, "perspective", "CARER", "region", "NORTH_WEST"))
                .statusCode(200)
                .body("displayName", contains(priya));
        search(Map.of("name", tag, "perspective", "STUDENT")).statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void wildcardsInTheNameAreTakenAsTyped() {
        search(Map.of("name", tag + "_")).statusCode(200).body("displayName", contains(priya));
        search(Map.of("name", tag + "%")).statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void anUnknownPerspectiveOrRegionOrAnOverLongNameIsRefusedNamingTheFieldByCode() {
        refused(Map.of("perspective", "ASTRONAUT"), "perspective", "unknown_value");
        refused(Map.of("region", "london"), "region", "unknown_value");
        refused(Map.of("name", "x".repeat(101)), "name", "size");
    }

    private static void refused(Map<String, String> query, String field, String code) {
        search(query)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(code));
    }

    @Test
    void onlyStaffSearchMembers() {
        given().auth()
                .oauth2(TestUsers.create("search-not-staff").token())
                .queryParam("name", tag)
                .get("/api/forum/members")
                .then()
                .statusCode(403);
    }
}
