package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * The one reading of a service's failed answer for every typed client: 5xx is {@link ServiceUnavailable}, 4xx a
 * {@link ServiceRefusal} with the codes of its problem+json (RFC 9457, {@code code} and {@code errors[].code}).
 * What a page then shows for each is decided in one place too: {@code ErrorPages}.
 */
public class ServiceAnswers implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        if (response.getStatus() >= 500) {
            return new ServiceUnavailable(response.getStatus());
        }
        JsonNode problem = problem(response);
        List<ServiceRefusal.FieldProblem> errors = new ArrayList<>();
        problem.path("errors")
                .forEach(e -> errors.add(new ServiceRefusal.FieldProblem(
                        e.path("field").asText(), e.path("code").asText("invalid"))));
        return new ServiceRefusal(
                response.getStatus(),
                problem.hasNonNull("code") ? problem.path("code").asText() : null,
                errors);
    }

    private static JsonNode problem(Response response) {
        try {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (RuntimeException | java.io.IOException e) {
            return JSON.createObjectNode();
        }
    }
}
