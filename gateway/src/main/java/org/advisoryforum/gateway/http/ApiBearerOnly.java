package org.advisoryforum.gateway.http;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * {@code /api/**} takes bearer tokens, never the browser's session cookie: a browser sends that cookie along with any
 * request a hostile page makes it send, so a state-changing API call signed in only by the cookie is refused (403
 * problem+json, code {@code bearer_token_required}). Reads signed in only by the cookie are relayed as anonymous (see
 * {@code ServiceProxy}), so public open data links still work for signed-in people.
 */
@ApplicationScoped
public class ApiBearerOnly {

    void install(@Observes Router router) {
        router.route("/api/*").order(RateLimiter.ORDER + 10).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        if (RateLimiter.isSafe(ctx.request().method())
                || hasBearer(ctx.request().getHeader("Authorization"))
                || !(ctx.user() instanceof QuarkusHttpUser user)
                || user.getSecurityIdentity().isAnonymous()) {
            ctx.next();
            return;
        }
        ctx.response()
                .setStatusCode(403)
                .putHeader("Content-Type", "application/problem+json")
                .end(
                        "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"code\":\"bearer_token_required\","
                                + "\"detail\":\"The API takes a bearer token in the Authorization header, not the browser's "
                                + "session. Use the web pages, or get a token as the README explains.\"}");
    }

    public static boolean hasBearer(String authorization) {
        return authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && authorization.length() > 7;
    }
}
