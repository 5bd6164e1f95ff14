package org.advisoryforum.gateway.client;

import jakarta.ws.rs.core.Response;

/** problem+json answers the gateway gives itself, when no service can answer. */
final class GatewayProblems {

    private GatewayProblems() {
    }

    static Response notFound() {
        return problem(404, "Not Found", "There is no API at this address.", "not_found");
    }

    /** A service that is down or restarting: the caller may retry, as {@code Retry-After} says. */
    static Response unavailable(Throwable failure) {
        return Response.fromResponse(problem(503, "Service Unavailable",
                        "The service behind this address is not answering. Please try again shortly.", "service_unavailable"))
                .header("Retry-After", "5").build();
    }

    private static Response problem(int status, String title, String detail, String code) {
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}";
        return Response.status(status).type("application/problem+json").entity(body).build();
    }
}
