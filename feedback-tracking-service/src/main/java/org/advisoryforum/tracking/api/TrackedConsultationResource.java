package org.advisoryforum.tracking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.service.ConsultationTrackingService;
import org.advisoryforum.tracking.service.ResponseClock;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracking/consultations")
@Tag(name = "Tracked consultations")
@PermitAll
public class TrackedConsultationResource {

    private final ConsultationTrackingService service;
    private final ResponseClock clock;
    private final JsonWebToken token;

    public TrackedConsultationResource(ConsultationTrackingService service, ResponseClock clock, JsonWebToken token) {
        this.service = service;
        this.clock = clock;
        this.token = token;
    }

    @GET
    @Operation(summary = "Public list of published consultations whose outcome is tracked, newest first")
    public List<TrackedConsultationView> list() {
        return service.list();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One tracked consultation")
    public TrackedConsultationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/outcome-due")
    @RolesAllowed("staff")
    @Tag(name = "Actions (staff)")
    @Operation(
            summary = "Set by when the outcome is due (default 12 weeks after closing); not once published or overdue")
    public TrackedConsultationView setOutcomeDue(@PathParam("id") UUID id, @Valid @NotNull OutcomeDueRequest request) {
        return clock.setDueDate(id, request.outcomeDueBy(), Caller.subject(token));
    }
}
