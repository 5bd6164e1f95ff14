package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.advisoryforum.tracking.service.ActionService;
import org.advisoryforum.tracking.service.MemberImpactService;
import org.advisoryforum.tracking.service.TraceService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracking/actions")
@Tag(name = "Actions (staff)")
@RolesAllowed("staff")
public class ActionResource {

    private final ActionService actions;
    private final TraceService traces;
    private final MemberImpactService members;
    private final JsonWebToken token;

    public ActionResource(ActionService actions, TraceService traces, MemberImpactService members, JsonWebToken token) {
        this.actions = actions;
        this.traces = traces;
        this.members = members;
        this.token = token;
    }

    @POST
    @Operation(
            summary =
                    "Record an action answering key points of one consultation: we did / we will / we didn't, because")
    public Response create(@Valid @NotNull ActionRequest request) {
        ActionView created = actions.create(request, token.getName());
        return Response.created(URI.create("/api/tracking/actions/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An action with its status history (who and when)")
    public ActionView get(@PathParam("id") UUID id) {
        return actions.get(id);
    }

    @POST
    @Path("/{id}/status")
    @Operation(summary = "Change an action's status; NOT_ADOPTED, PARTLY_ADOPTED and DEFERRED need a reason")
    public ActionView changeStatus(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        return actions.changeStatus(id, request, token.getName());
    }

    @GET
    @Path("/{id}/trace")
    @Operation(summary = "From an action back to its key points, the answers behind them and the voices by perspective")
    public TraceView trace(@PathParam("id") UUID id) {
        return traces.ofAction(id);
    }

    @POST
    @Path("/{id}/confirmations")
    @RolesAllowed("member")
    @Tag(name = "My impact (members)")
    @Operation(
            summary = "Confirm (REFLECTS) or challenge (MISSES) a published action, with an optional comment; "
                    + "one per member per action, changeable; the tally is public")
    public ConfirmationView confirm(@PathParam("id") UUID id, @Valid @NotNull ConfirmationRequest request) {
        return members.confirm(id, Caller.memberId(token), request);
    }
}
