package org.advisoryforum.consultation.themes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.advisoryforum.consultation.api.KeyPointView;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Suggested themes (key points) of a closed consultation's free-text answers: staff only. */
@Path("/api/consultations/{id}")
@Tag(name = "Suggested themes")
@RolesAllowed("staff")
public class ThemeResource {

    private final ThemeService themes;
    private final JsonWebToken token;

    public ThemeResource(ThemeService themes, JsonWebToken token) {
        this.themes = themes;
        this.token = token;
    }

    @POST
    @Path("/questions/{questionKey}/theme-suggestions")
    @Operation(
            summary =
                    "Group the submitted answers to a free-text question into suggested themes, in-process; after closing")
    public Response suggest(@PathParam("id") UUID id, @PathParam("questionKey") String questionKey) {
        return Response.status(Response.Status.CREATED)
                .entity(themes.suggest(id, questionKey, token.getName()))
                .build();
    }

    @GET
    @Path("/questions/{questionKey}/theme-suggestions")
    @Operation(summary = "The latest suggested themes of a question, with what staff decided")
    public ThemeViews.Run latest(@PathParam("id") UUID id, @PathParam("questionKey") String questionKey) {
        return themes.latest(id, questionKey);
    }

    @PUT
    @Path("/theme-suggestions/{suggestionId}")
    @Operation(summary = "Edit the label of a suggested theme")
    public ThemeViews.Run relabel(
            @PathParam("id") UUID id,
            @PathParam("suggestionId") UUID suggestionId,
            @Valid @NotNull ThemeViews.LabelRequest request) {
        return themes.relabel(id, suggestionId, token.getName(), request.label());
    }

    @POST
    @Path("/theme-suggestions/{suggestionId}/accept")
    @Operation(summary = "Accept a suggested theme: it becomes a key point linking its answers, marked as suggested")
    public Response accept(
            @PathParam("id") UUID id,
            @PathParam("suggestionId") UUID suggestionId,
            @Valid ThemeViews.AcceptRequest request) {
        KeyPointView keyPoint =
                themes.accept(id, suggestionId, token.getName(), request == null ? null : request.label());
        return Response.status(Response.Status.CREATED).entity(keyPoint).build();
    }

    @POST
    @Path("/theme-suggestions/{suggestionId}/merge")
    @Operation(summary = "Merge another suggestion of the same run into this one")
    public ThemeViews.Run merge(
            @PathParam("id") UUID id,
            @PathParam("suggestionId") UUID suggestionId,
            @Valid @NotNull ThemeViews.MergeRequest request) {
        return themes.merge(id, suggestionId, token.getName(), request);
    }

    @POST
    @Path("/theme-suggestions/{suggestionId}/reject")
    @Operation(summary = "Reject a suggested theme")
    public ThemeViews.Run reject(@PathParam("id") UUID id, @PathParam("suggestionId") UUID suggestionId) {
        return themes.reject(id, suggestionId, token.getName());
    }
}
