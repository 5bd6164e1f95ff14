package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.service.TraceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracking/consultations/{id}/key-points")
@Tag(name = "Actions (staff)")
@RolesAllowed("staff")
public class KeyPointResource {

    private final TraceService traces;

    public KeyPointResource(TraceService traces) {
        this.traces = traces;
    }

    @GET
    @Operation(summary = "A consultation's key points, each with the actions answering it or \"not yet answered\"")
    public List<KeyPointStaffView> list(@PathParam("id") UUID id) {
        return traces.keyPoints(id);
    }
}
