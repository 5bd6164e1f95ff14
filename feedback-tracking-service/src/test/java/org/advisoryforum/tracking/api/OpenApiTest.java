package org.advisoryforum.tracking.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @TestHTTPResource(value = "/openapi", management = true) // under the management root, /q
    URL openApi;

    @Test
    void theOpenApiDocumentDescribesEveryTrackingRoute() {
        String document = given().queryParam("format", "json")
                .get(openApi)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(document)
                .contains(
                        "/api/tracking/consultations/{id}/you-said-we-did",
                        "/api/tracking/impact",
                        "/api/tracking/feed.atom",
                        "/api/tracking/export/outcomes.json",
                        "/api/tracking/export/outcomes.csv",
                        "/api/tracking/members/me/impact",
                        "/api/tracking/actions/{id}/confirmations",
                        "/api/tracking/actions/{id}/difference",
                        "/api/tracking/reviews",
                        "/api/tracking/actions",
                        "/api/tracking/actions/{id}",
                        "/api/tracking/actions/{id}/status",
                        "/api/tracking/actions/{id}/trace",
                        "/api/tracking/consultations/{id}/key-points",
                        "/api/tracking/inputs/{id}/trace");
    }
}
