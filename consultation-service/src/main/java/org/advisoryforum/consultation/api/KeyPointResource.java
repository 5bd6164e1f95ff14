package org.advisoryforum.consultation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.service.KeyPointService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/consultations/{id}/key-points")
@Tag(name = "Key points")
@RolesAllowed("staff")
public class KeyPointResource {

    private final KeyPointService keyPoints;
    private final JsonWebToken token;

    public KeyPointResource(KeyPointService keyPoints, JsonWebToken token) {
        this.keyPoints = keyPoints;
        this.token = token;
    }

    @POST
    @Operation(summary = "Group submitted answers and section comments into a key point ('you said'); after closing")
    public Response create(@PathParam("id") UUID id, @Valid @NotNull KeyPointRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(keyPoints.create(id, token.getName(), request))
                .build();
    }

    @GET
    @Operation(summary = "The key points of a consultation, with their inputs and voices")
    public List<KeyPointView> list(@PathParam("id") UUID id) {
        return keyPoints.list(id);
    }
}
