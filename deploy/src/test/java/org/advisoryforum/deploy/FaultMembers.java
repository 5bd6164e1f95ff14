package org.advisoryforum.deploy;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.advisoryforum.platform.test.KeycloakTestUsers;
import org.advisoryforum.platform.test.Tokens;

/** Fresh people join through the real path: apply through the gateway, staff approve, the member role is granted. */
final class FaultMembers {

    private final LocalStack stack;
    /** One staff token for all approvals: many password grants for one account at once trip brute-force detection. */
    private final String staff;

    FaultMembers(LocalStack stack) {
        this.stack = stack;
        this.staff = Tokens.accessToken(stack.keycloakUrl(), "sam");
    }

    FaultMember join(KeycloakTestUsers.Person person) {
        given().baseUri(stack.gatewayUrl())
                .auth()
                .oauth2(Tokens.accessToken(stack.keycloakUrl(), person.username()))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "displayName",
                        "Fault tester " + person.username().substring(6),
                        "why",
                        "To help test the platform",
                        "perspectives",
                        List.of("CARER"),
                        "region",
                        "LONDON",
                        "accessibilityNeeds",
                        List.of(),
                        "contactByEmail",
                        false))
                .post("/api/forum/applications")
                .then()
                .statusCode(201);
        String application = api().get("/api/forum/applications")
                .then()
                .statusCode(200)
                .extract()
                .path("find { it.applicantId == '" + person.id() + "' }.id");
        api().body(Map.of("decision", "APPROVE"))
                .post("/api/forum/applications/" + application + "/decision")
                .then()
                .statusCode(200);
        return new FaultMember(person.username(), person.id());
    }

    private RequestSpecification api() {
        return given().baseUri(stack.gatewayUrl()).auth().oauth2(staff).contentType(ContentType.JSON);
    }
}
