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
        String body;
        try {
            body = MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + problem.status() + "}";
        }
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
