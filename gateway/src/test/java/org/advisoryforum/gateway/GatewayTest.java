package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.advisoryforum.platform.test.Tokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GatewayTest {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String realmUrl;

    @io.quarkus.test.common.http.TestHTTPResource(
            value = "/metrics",
            management = true) // under the management root, /q
    java.net.URL managementMetrics;

    @Test
    void apiCallsGoToTheOwningServiceWithTheCallersToken() {
        String token = Tokens.accessToken("sam");
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/tracking/impact?from=2026")
                .then()
                .statusCode(200);
        EchoBackendResource.Seen seen = EchoBackendResource.LAST.get();
        assertThat(seen.method()).isEqualTo("GET");
        assertThat(seen.pathAndQuery()).isEqualTo("/api/tracking/impact?from=2026");
        assertThat(seen.authorization()).isEqualTo("Bearer " + token);
    }

    @Test
    void anonymousCallsReachTheServiceWithoutAToken() {
        given().when()
                .get("/api/consultations?status=open")
                .then()
                .statusCode(200)
                .body("[0].title", startsWith("Paying people"));
        assertThat(EchoBackendResource.LAST.get().authorization()).isNull();
    }

    @Test
    void anInvalidTokenIsRefusedAtTheGateway() {
        given().auth()
                .oauth2("not-a-token")
                .when()
                .get("/api/consultations")
                .then()
                .statusCode(401);
    }

    @Test
    void bodiesAreRelayedAndTheLocationPointsAtTheGateway() {
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .contentType(ContentType.JSON)
                .body("{\"title\":\"x\"}")
                .when()
                .post("/api/consultations")
                .then()
                .statusCode(201)
                .header(
                        "Location",
                        equalTo("http://localhost:" + io.restassured.RestAssured.port + "/api/consultations/42"))
                .body("title", equalTo("x"));
        assertThat(EchoBackendResource.LAST.get().body()).isEqualTo("{\"title\":\"x\"}");
    }

    @Test
    void anUnknownApiIsAProblemNotFound() {
        given().when().get("/api/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void signingInStartsTheKeycloakCodeFlow() {
        given().redirects()
                .follow(false)
                .when()
                .get("/login")
                .then()
                .statusCode(302)
                .header("Location", startsWith(realmUrl + "/protocol/openid-connect/auth"));
    }

    @Test
    void signingInFromAWelshPageAsksKeycloakForTheWelshSignInPage() {
        given().redirects()
                .follow(false)
                .cookie("af_lang", "cy")
                .when()
                .get("/login")
                .then()
                .statusCode(302)
                .header("Location", startsWith(realmUrl + "/protocol/openid-connect/auth"))
                .header("Location", containsString("ui_locales=cy"));
        given().redirects()
                .follow(false)
                .when()
                .get("/login?lang=cy")
                .then()
                .statusCode(302)
                .header("Location", containsString("ui_locales=cy"));
        given().redirects()
                .follow(false)
                .when()
                .get("/login")
                .then()
                .statusCode(302)
                .header("Location", containsString("ui_locales=en"));
    }

    @Test
    void theSignInLinkComesBackToThePageItWasOn() {
        given().when()
                .get("/consultations?lang=cy")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/login?to=%2Fconsultations%3Flang%3Dcy\""));
        given().when().get("/").then().statusCode(200).body(containsString("href=\"/login\""));
    }

    @Test
    void theHomePageListsOpenConsultations() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("Paying people for their involvement: our draft policy"))
                .body(containsString("href=\"/consultations/6f1c1c1e-0000-4000-8000-000000000001\""))
                .body(containsString("Sign in"));
    }

    @Test
    void metricsAndHealthAreOnlyOnTheManagementInterface() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when()
                .get(managementMetrics)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body(containsString("http_server"));
    }

    @Test
    void aClientsForwardedProtoDoesNotSwitchOnHsts() {
        given().header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.9")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .header("Strict-Transport-Security", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void signingInAsksForPkceS256AndComesBackToTheOneCallback() {
        given().redirects()
                .follow(false)
                .when()
                .get("/login")
                .then()
                .statusCode(302)
                .header("Location", containsString("code_challenge_method=S256"))
                .header("Location", containsString("code_challenge="))
                .header(
                        "Location",
                        containsString("redirect_uri="
                                + java.net.URLEncoder.encode(
                                        "http://localhost:" + io.restassured.RestAssured.port + "/signed-in",
                                        java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aPageFormPostedWithoutItsTokenIsRefusedBeforeAnyResourceRuns() {
        String lena = Tokens.accessToken("lena");
        given().auth()
                .oauth2(lena)
                .contentType(ContentType.URLENC)
                .formParam("displayName", "Someone")
                .when()
                .post("/join")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(lena)
                .cookie("af_csrf", "a".repeat(43))
                .contentType(ContentType.URLENC)
                .formParam("displayName", "Someone")
                .formParam("csrf", "b".repeat(43))
                .when()
                .post("/join")
                .then()
                .statusCode(403);
    }

    @Test
    void aPageFormWithItsTokenPassesTheCheck() {
        given().auth()
                .oauth2(Tokens.accessToken("lena"))
                .redirects()
                .follow(false)
                .cookie("af_csrf", "a".repeat(43))
                .contentType(ContentType.URLENC)
                .formParam("csrf", "a".repeat(43))
                .when()
                .post("/join")
                .then()
                .statusCode(303);
    }
}
