package org.advisoryforum.gateway.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ForbiddenException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Every form carries the token from the af_csrf cookie; a post without it, or with another, is refused. */
@ApplicationScoped
public class Csrf {

    private final PageContext page;

    public Csrf(PageContext page) {
        this.page = page;
    }

    public void verify(String formToken) {
        if (formToken == null
                || page.isNewCsrfToken()
                || !MessageDigest.isEqual(
                        formToken.getBytes(StandardCharsets.UTF_8),
                        page.getCsrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("form token missing or wrong");
        }
    }
}
