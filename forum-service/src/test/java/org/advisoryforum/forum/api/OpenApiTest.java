package org.advisoryforum.forum.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @TestHTTPResource(value = "/openapi", management = true) // under the management root, /q
    URL openApi;

    @Test
    void everyMembershipEndpointIsDocumented() {
        var paths = given().queryParam("format", "json").get(openApi).then().statusCode(200);
        for (String path : new String[] {
            "/api/forum/applications",
            "/api/forum/applications/me",
            "/api/forum/applications/{id}/decision",
            "/api/forum/members/me",
            "/api/forum/members/me/consents",
            "/api/forum/members/me/notifications",
            "/api/forum/members/me/involvement",
            "/api/forum/members/me/claims",
            "/api/forum/members/me/leave",
            "/api/forum/members/{id}",
            "/api/forum/members/{id}/activities",
            "/api/forum/claims",
            "/api/forum/claims.csv",
            "/api/forum/claims/{id}/decision",
            "/api/forum/invitation-rounds/{consultationId}"
        }) {
            paths.body("paths", hasKey(path));
        }
    }
}
