package org.advisoryforum.gateway.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every answer of the gateway carries these headers; HSTS only when the request came over TLS, to the gateway or to a
 * trusted proxy (Quarkus rewrites the scheme from {@code X-Forwarded-Proto} only for {@link TrustedProxies}).
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route().order(-200).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> {
            var headers = ctx.response().headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
            if (overTls(ctx)) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        });
        ctx.next();
    }

    private static boolean overTls(RoutingContext ctx) {
        return ctx.request().isSSL() || "https".equalsIgnoreCase(ctx.request().scheme());
    }
}
