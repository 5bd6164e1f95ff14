package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Pages that need several answers ask for them at once (web.page.Parallel): each call still carries the caller's
 * token, and the page is whole.
 */
@QuarkusTest
class ParallelPagesTest {

    private static List<EchoBackendResource.Seen> seen(String pathAndQuery) {
        return EchoBackendResource.ALL.stream()
                .filter(s -> s.pathAndQuery().equals(pathAndQuery))
                .toList();
    }

    @Test
    void myConsultationsAsksTheServicesAtOnceEachWithTheMembersToken() {
        String token = Tokens.accessToken("amara");
        EchoBackendResource.ALL.clear();
        given().auth()
                .oauth2(token)
                .get("/account/consultations")
                .then()
                .statusCode(200)
                .body(containsString("Paying people for their involvement: our draft policy"));
        for (String call : List.of(
                "/api/consultations?status=open",
                "/api/consultations/responses/mine",
                "/api/forum/members/me/invitations")) {
            assertThat(seen(call))
                    .as(call)
                    .isNotEmpty()
                    .allSatisfy(s -> assertThat(s.authorization()).isEqualTo("Bearer " + token));
        }
    }

    @Test
    void aMembersOutcomePageAsksForTheOutcomeAndTheirImpactAtOnce() {
        String token = Tokens.accessToken("amara");
        EchoBackendResource.ALL.clear();
        given().auth()
                .oauth2(token)
                .get("/consultations/6f1c1c1e-0000-4000-8000-000000000001/you-said-we-did")
                .then()
                .statusCode(200)
                .body(containsString("We will look at the rates"))
                .body(containsString("Sign out"));
        assertThat(seen("/api/tracking/members/me/impact"))
                .singleElement()
                .satisfies(s -> assertThat(s.authorization()).isEqualTo("Bearer " + token));
    }

    @Test
    void theConsultationsListAsksForOpenAndClosedAtOnce() {
        EchoBackendResource.ALL.clear();
        given().get("/consultations")
                .then()
                .statusCode(200)
                .body(containsString("Paying people for their involvement: our draft policy"));
        assertThat(seen("/api/consultations?status=open")).hasSize(1);
        assertThat(seen("/api/consultations?status=closed")).hasSize(1);
    }
}
