package org.advisoryforum.gateway.http;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import org.advisoryforum.platform.problem.Problem;
import org.advisoryforum.platform.problem.ProblemResponses;

/**
 * The problem+json answers the gateway gives itself (platform {@link Problem}, the services' format): no API at an
 * address, a service away (503 {@code service_unavailable} with {@code Retry-After}), too many requests, a forged
 * token, an over-long address or over-large headers.
 */
public final class GatewayProblems {

    /** How long a client should wait before trying a service that is away again, in seconds. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private GatewayProblems() {}

    public static Response notFound() {
        return ProblemResponses.of(Problem.of(404, "Not Found", "There is no API at this address.", "not_found"));
    }

    /** A service that cannot be reached or answers 503 itself: come back in a few seconds. */
    public static Response unavailable() {
        return ProblemResponses.retryAfter(serviceUnavailable(), RETRY_AFTER_SECONDS);
    }

    static Problem serviceUnavailable() {
        return Problem.of(
                503,
                "Service Unavailable",
                "The service behind this address is not answering. Please try again shortly.",
                "service_unavailable");
    }

    /** {@link #notFound()} on the HTTP layer (the {@code /api} relay). */
    public static void endNotFound(RoutingContext context) {
        end(context, Problem.of(404, "Not Found", "There is no API at this address.", "not_found"));
    }

    /** {@link #unavailable()} on the HTTP layer (the {@code /api} relay). */
    public static void endUnavailable(RoutingContext context) {
        context.response().putHeader("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
        end(context, serviceUnavailable());
    }

    /** Ends a request on the HTTP layer (before any resource runs) with {@code problem}. */
    static void end(RoutingContext context, Problem problem) {
        context.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(ProblemResponses.json(problem));
    }
}
