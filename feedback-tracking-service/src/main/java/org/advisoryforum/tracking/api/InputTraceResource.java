package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.service.MemberImpactService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracking/inputs/{id}/trace")
@Tag(name = "Actions (staff)")
@RolesAllowed("staff")
public class InputTraceResource {

    private final MemberImpactService impact;

    public InputTraceResource(MemberImpactService impact) {
        this.impact = impact;
    }

    @GET
    @Operation(summary = "From one answer or section comment forward: the key points it fed and their actions' status")
    public List<OutcomeOfInputView> trace(@PathParam("id") UUID id) {
        return impact.ofInput(id);
    }
}
