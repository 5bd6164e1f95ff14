package org.advisoryforum.platform.problem;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * problem+json also for what is refused before a resource runs: a missing, expired or forged token (401, with the
 * Bearer challenge), a request line longer than {@code platform.http.max-uri-length} (414) and headers larger than
 * {@code platform.http.max-headers-size} (431). Vert.x' own limits ({@code quarkus.http.limits.*}) are set above
 * these, so that the service, not the HTTP decoder, answers such requests.
 */
@ApplicationScoped
public class HttpProblems {

    private final int maxUriLength;
    private final int maxHeadersSize;

    public HttpProblems(
            @ConfigProperty(name = "platform.http.max-uri-length", defaultValue = "8192") int maxUriLength,
            @ConfigProperty(name = "platform.http.max-headers-size", defaultValue = "32768") int maxHeadersSize) {
        this.maxUriLength = maxUriLength;
        this.maxHeadersSize = maxHeadersSize;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::limits);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::unauthenticated);
    }

    private void limits(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            end(
                    context.response(),
                    Problem.of(
                            414,
                            "URI Too Long",
                            "The address is longer than " + maxUriLength + " characters.",
                            "uri_too_long"));
            return;
        }
        long size = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        if (size > maxHeadersSize) {
            end(
                    context.response(),
                    Problem.of(
                            431,
                            "Request Header Fields Too Large",
                            "The request headers are larger than " + maxHeadersSize + " bytes.",
                            "headers_too_large"));
            return;
        }
        context.next();
    }

    private void unauthenticated(RoutingContext context) {
        Throwable failure = context.failure();
        if ((failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException)
                && !context.response().headWritten()) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
            end(context.response(), unauthorized());
            return;
        }
        context.next();
    }

    static Problem unauthorized() {
        return Problem.of(401, "Unauthorized", "Sign in first: this needs a valid bearer token.", "unauthorized");
    }

    private static void end(HttpServerResponse response, Problem problem) {
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(ProblemResponses.json(problem));
    }
}
