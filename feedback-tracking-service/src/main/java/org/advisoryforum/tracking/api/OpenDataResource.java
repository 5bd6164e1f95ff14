package org.advisoryforum.tracking.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.advisoryforum.tracking.service.Etags;
import org.advisoryforum.tracking.service.FeedService;
import org.advisoryforum.tracking.service.OpenDataService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public figures and open data, with ETags; none of it holds personal data. */
@Path("/api/tracking")
@Tag(name = "Public outcomes")
@PermitAll
public class OpenDataResource {

    static final String CSV = "text/csv; charset=utf-8";
    static final String ATOM = "application/atom+xml; charset=utf-8";

    private final OpenDataService openData;
    private final FeedService feed;
    private final ObjectMapper json;
    private final String publicBaseUrl;

    public OpenDataResource(
            OpenDataService openData,
            FeedService feed,
            ObjectMapper json,
            @ConfigProperty(name = "tracking.public-base-url") String publicBaseUrl) {
        this.openData = openData;
        this.feed = feed;
        this.json = json;
        this.publicBaseUrl = publicBaseUrl;
    }

    @GET
    @Path("/impact")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Responsiveness and evaluation, overall and per consultation with a published outcome")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImpactView.class)))
    public Response impact(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cached(write(openData.impact()), ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/export/outcomes.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open data: consultations, key points, actions, statuses, evidence and voice counts")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpenDataView.class)))
    public Response outcomesJson(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cached(write(openData.graph()), ifNoneMatch, MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("/export/outcomes.csv")
    @Produces(CSV)
    @Operation(summary = "Open data as CSV: one row per key point and action answering it")
    public Response outcomesCsv(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cached(OutcomesCsv.of(openData.graph()), ifNoneMatch, CSV);
    }

    @GET
    @Path("/feed.atom")
    @Produces(ATOM)
    @Operation(summary = "Atom feed of published outcomes and changes to actions' status")
    public Response feed(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return cached(AtomFeed.render(feed.entries(), publicBaseUrl), ifNoneMatch, ATOM);
    }

    private static Response cached(String body, String ifNoneMatch, String mediaType) {
        return CachedBody.respond(body, Etags.of(body), ifNoneMatch, mediaType);
    }

    private String write(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write open data", e);
        }
    }
}
