package org.advisoryforum.forum.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.Application;
import org.advisoryforum.forum.service.ApplicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/forum/applications")
@Tag(name = "Applications")
public class ApplicationResource {

    private final ApplicationService applications;
    private final Caller caller;

    public ApplicationResource(ApplicationService applications, Caller caller) {
        this.applications = applications;
        this.caller = caller;
    }

    @POST
    @Authenticated
    @Operation(summary = "Apply to join the forum (signed in, not yet a member); 409 while an application is pending")
    public Response apply(@Valid @NotNull ApplicationRequest request, @Context UriInfo uri) {
        ApplicationView created = applications.apply(caller.id(), caller.hasMemberRole(), request);
        return Response.created(uri.getAbsolutePathBuilder().path("me").build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "Your latest application, with its decision and any reason given")
    public ApplicationView mine() {
        return applications.mine(caller.id());
    }

    @GET
    @RolesAllowed("staff")
    @Operation(summary = "Applications, oldest first, optionally only those with a status (staff)")
    public List<ApplicationView> list(
            @QueryParam("status")
                    @Pattern(regexp = "PENDING|APPROVED|DECLINED", message = "must be PENDING, APPROVED or DECLINED")
                    String status) {
        return applications.list(status == null ? null : Application.Status.valueOf(status));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("staff")
    @Operation(summary = "Read one application (staff)")
    public ApplicationView get(@PathParam("id") UUID id) {
        return applications.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("staff")
    @Operation(
            summary = "Approve (the person becomes a member and gets the member role) or decline with a reason (staff)")
    public ApplicationView decide(@PathParam("id") UUID id, @Valid @NotNull ApplicationDecisionRequest request) {
        return applications.decide(id, caller.id(), request);
    }
}
