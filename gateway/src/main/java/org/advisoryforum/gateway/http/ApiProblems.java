package org.advisoryforum.gateway.http;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the gateway refuses itself before relaying {@code /api/**} is problem+json too, like the services' answers:
 * a bearer token that cannot be verified (401 with the Bearer challenge), an address longer than
 * {@code gateway.http.max-uri-length} (414) and headers larger than {@code gateway.http.max-headers-size} (431).
 * Vert.x' own limits ({@code quarkus.http.limits.*}) are set above these so that this handler, not the HTTP
 * decoder, answers. Pages get the same limits with a short plain-text answer.
 */
@ApplicationScoped
public class ApiProblems {

    private final int maxUriLength;
    private final int maxHeadersSize;

    public ApiProblems(
            @ConfigProperty(name = "gateway.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "gateway.http.max-headers-size", defaultValue = "32768") int maxHeadersSize) {
        this.maxUriLength = maxUriLength;
        this.maxHeadersSize = maxHeadersSize;
    }

    void install(@Observes Router router) {
        router.route().order(-300).handler(this::limits);
        router.route().order(-300).failureHandler(this::unauthenticated);
    }

    private void limits(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            refuse(
                    context,
                    414,
                    "URI Too Long",
                    "The address is longer than " + maxUriLength + " characters.",
                    "uri_too_long");
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > maxHeadersSize) {
            refuse(
                    context,
                    431,
                    "Request Header Fields Too Large",
                    "The request headers are larger than " + maxHeadersSize + " bytes.",
                    "headers_too_large");
            return;
        }
        context.next();
    }

    private void unauthenticated(RoutingContext context) {
        Throwable failure = context.failure();
        if (isApi(context)
                && !context.response().headWritten()
                && (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException)) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            refuse(context, 401, "Unauthorized", "Sign in first: this needs a valid bearer token.", "unauthorized");
            return;
        }
        context.next();
    }

    private static boolean isApi(RoutingContext context) {
        String path = context.request().path();
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    private static void refuse(RoutingContext context, int status, String title, String detail, String code) {
        if (isApi(context)) {
            GatewayProblems.end(context, org.advisoryforum.platform.problem.Problem.of(status, title, detail, code));
        } else {
            context.response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end(detail + "\n");
        }
    }
}
