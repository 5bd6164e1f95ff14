package org.advisoryforum.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

/** Serialises problems itself, so the body is the same whatever writers the service has registered. */
final class ProblemResponses {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemResponses() {
    }

    static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem)).build();
    }

    /** Seconds a caller should wait before trying a request refused with 503 again. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** A 503: the same problem+json with {@code Retry-After}, so clients and proxies back off and retry. */
    static Response unavailable(Problem problem) {
        return Response.fromResponse(of(problem)).header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS)).build();
    }

    static String json(Problem problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
    }
}
