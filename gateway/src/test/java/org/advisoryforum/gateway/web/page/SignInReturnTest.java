package org.advisoryforum.gateway.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SignInReturnTest {

    @Test
    void signingInReturnsToAPageOfTheGateway() {
        assertThat(SignInReturn.target("/consultations/6f1c1c1e-0000-4000-8000-000000000001?lang=cy"))
                .isEqualTo(URI.create("/consultations/6f1c1c1e-0000-4000-8000-000000000001?lang=cy"));
        assertThat(SignInReturn.target("/account/impact")).isEqualTo(URI.create("/account/impact"));
    }

    @Test
    void signingInNeverReturnsToAnotherSiteOrToSigningIn() {
        for (String elsewhere : new String[] {
            null,
            "",
            "https://evil.example/",
            "//evil.example/",
            "/\\\\evil.example",
            "javascript:alert(1)",
            "/login",
            "/login?to=/",
            "/logout",
            "/signed-in",
            "/api/forum/members/me",
            "/a b",
            "/x\r\nSet-Cookie: a=b"
        }) {
            assertThat(SignInReturn.target(elsewhere))
                    .as(String.valueOf(elsewhere))
                    .isEqualTo(URI.create("/"));
        }
    }
}
