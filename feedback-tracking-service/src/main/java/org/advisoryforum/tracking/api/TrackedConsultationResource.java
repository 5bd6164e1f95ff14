package org.advisoryforum.tracking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.advisoryforum.tracking.service.ConsultationTrackingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/tracking/consultations")
@Tag(name = "Tracked consultations")
@PermitAll
public class TrackedConsultationResource {

    private final ConsultationTrackingService service;

    public TrackedConsultationResource(ConsultationTrackingService service) {
        this.service = service;
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
}
