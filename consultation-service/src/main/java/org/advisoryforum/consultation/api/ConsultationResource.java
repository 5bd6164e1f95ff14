package org.advisoryforum.consultation.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.advisoryforum.consultation.service.ConsultationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/consultations")
@Tag(name = "Consultations")
public class ConsultationResource {

    private final ConsultationService service;
    private final SecurityIdentity identity;

    public ConsultationResource(ConsultationService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "List published consultations, optionally only open or closed ones; staff may also ask for drafts")
    public List<ConsultationView> list(
            @QueryParam("status") @Pattern(regexp = "open|closed|draft", message = "must be open, closed or draft") String status) {
        return service.list(status, isStaff());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read one consultation; drafts only for staff")
    public ConsultationView get(@PathParam("id") UUID id) {
        return service.get(id, isStaff());
    }

    @POST
    @RolesAllowed("staff")
    @Operation(summary = "Create a draft consultation")
    public Response create(@Valid @NotNull ConsultationRequest request, @Context UriInfo uri) {
        ConsultationView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("staff")
    @Operation(summary = "Edit a draft consultation")
    public ConsultationView update(@PathParam("id") UUID id, @Valid @NotNull ConsultationRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed("staff")
    @Operation(summary = "Publish a draft: it opens for answers and consultation.lifecycle.v1 'published' is sent")
    public ConsultationView publish(@PathParam("id") UUID id) {
        return service.publish(id);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed("staff")
    @Operation(summary = "Close an open consultation early")
    public ConsultationView close(@PathParam("id") UUID id) {
        return service.close(id);
    }

    private boolean isStaff() {
        return !identity.isAnonymous() && identity.hasRole("staff");
    }
}
