package org.advisoryforum.tracking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.advisoryforum.tracking.domain.PublicOutcome;
import org.advisoryforum.tracking.service.PublicOutcomeService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tracking/consultations/{id}/you-said-we-did")
@Tag(name = "Public outcomes")
@PermitAll
public class YouSaidWeDidResource {

    /**
     * Shared caches (the gateway's public page cache) may use the page for one second without asking again, then
     * revalidate with the ETag: a staff change, a new name or a withdrawn consent to quoting shows within a second.
     */
    static final String CACHE_CONTROL = "public, max-age=1";

    private final PublicOutcomeService outcomes;

    public YouSaidWeDidResource(PublicOutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "The public \"You said, we did\" of a consultation (404 until its outcome is published); "
                            + "served from a precomputed document with an ETag (304 on If-None-Match), usable by caches for 1 s")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = YouSaidWeDidView.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "no outcome published yet")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PublicOutcome outcome = outcomes.get(id);
        return Response.fromResponse(
                        CachedBody.respond(outcome.body, outcome.etag, ifNoneMatch, MediaType.APPLICATION_JSON))
                .header(HttpHeaders.CACHE_CONTROL, null)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }
}
