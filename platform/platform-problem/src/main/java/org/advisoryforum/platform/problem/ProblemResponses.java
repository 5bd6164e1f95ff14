package org.advisoryforum.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/**
 * Serialises problems itself, so the body is the same whatever writers the service (or the gateway) has registered.
 */
public final class ProblemResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemResponses() {}

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(json(problem))
                .build();
    }

    /** A refusal to come back later: {@code Retry-After} in seconds (503 while a service is away, 429 when limited). */
    public static Response retryAfter(Problem problem, long seconds) {
        return Response.fromResponse(of(problem))
                .header("Retry-After", Long.toString(seconds))
                .build();
    }

    public static String json(Problem problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
    }
}
