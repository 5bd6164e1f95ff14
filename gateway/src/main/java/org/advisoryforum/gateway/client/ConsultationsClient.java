package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * consultation-service as every page calls it, members' and staff's alike, with the caller's token
 * ({@link SessionToken}); a failed answer is read once, by {@link ServiceAnswers}. The one typed client of
 * consultation-service.
 */
@RegisterRestClient(configKey = "consultations")
@RegisterClientHeaders(SessionToken.class)
@RegisterProvider(ServiceAnswers.class)
@Path("/api/consultations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ConsultationsClient extends DeadLetters {

    /** {@code status}: open, closed, draft, upcoming; null for every published one. */
    @GET
    List<ConsultationSummary> list(@QueryParam("status") String status);

    @GET
    @Path("{id}")
    ConsultationDetail consultation(@PathParam("id") UUID id);

    @POST
    ConsultationDetail create(ConsultationDetails details);

    @PUT
    @Path("{id}")
    void update(@PathParam("id") UUID id, ConsultationDetails details);

    @PUT
    @Path("{id}/draft")
    void replaceSections(@PathParam("id") UUID id, Requests.DraftSections sections);

    @PUT
    @Path("{id}/questions")
    void replaceQuestions(@PathParam("id") UUID id, Requests.DraftQuestions questions);

    @POST
    @Path("{id}/publish")
    void publish(@PathParam("id") UUID id);

    @POST
    @Path("{id}/close")
    void close(@PathParam("id") UUID id);

    @POST
    @Path("{id}/publish-outcome")
    void publishOutcome(@PathParam("id") UUID id);

    @POST
    @Path("{id}/key-points")
    void keyPoint(@PathParam("id") UUID id, Requests.KeyPoint keyPoint);

    @POST
    @Path("{id}/draft-versions")
    StaffViews.DraftDiff revise(@PathParam("id") UUID id, Requests.DraftRevision revision);

    @GET
    @Path("{id}/responses")
    List<StaffViews.Response> responses(@PathParam("id") UUID id);

    @POST
    @Path("{id}/responses/assisted")
    void recordAssisted(@PathParam("id") UUID id, Requests.AssistedResponse response);

    @GET
    @Path("{id}/responses/me")
    MyResponse myResponse(@PathParam("id") UUID id);

    @PUT
    @Path("{id}/responses/me")
    MyResponse saveMyResponse(@PathParam("id") UUID id, Requests.ResponseUpdate update);

    @POST
    @Path("{id}/responses/me/submit")
    MyResponse submitMyResponse(@PathParam("id") UUID id);

    @DELETE
    @Path("{id}/responses/me")
    void withdrawMyResponse(@PathParam("id") UUID id);

    /** The member's free-text answers in any consultation, to link instead of retyping. */
    @GET
    @Path("my-answers")
    List<MemberViews.EarlierAnswer> myEarlierAnswers();

    @GET
    @Path("responses/mine")
    List<MemberViews.MyResponse> myResponses();

    /** Groups the submitted answers to a closed consultation's free-text question into suggested themes. */
    @POST
    @Path("{id}/questions/{questionKey}/theme-suggestions")
    ThemeSuggestions.Run suggestThemes(@PathParam("id") UUID id, @PathParam("questionKey") String questionKey);

    @GET
    @Path("{id}/questions/{questionKey}/theme-suggestions")
    ThemeSuggestions.Run themeSuggestions(@PathParam("id") UUID id, @PathParam("questionKey") String questionKey);

    @PUT
    @Path("{id}/theme-suggestions/{suggestionId}")
    ThemeSuggestions.Run relabelTheme(
            @PathParam("id") UUID id, @PathParam("suggestionId") UUID suggestionId, ThemeSuggestions.Label label);

    @POST
    @Path("{id}/theme-suggestions/{suggestionId}/accept")
    ThemeSuggestions.KeyPoint acceptTheme(
            @PathParam("id") UUID id, @PathParam("suggestionId") UUID suggestionId, ThemeSuggestions.Label label);

    @POST
    @Path("{id}/theme-suggestions/{suggestionId}/merge")
    ThemeSuggestions.Run mergeThemes(
            @PathParam("id") UUID id, @PathParam("suggestionId") UUID suggestionId, ThemeSuggestions.Merge merge);

    @POST
    @Path("{id}/theme-suggestions/{suggestionId}/reject")
    ThemeSuggestions.Run rejectTheme(@PathParam("id") UUID id, @PathParam("suggestionId") UUID suggestionId);

    /** The key points with their provenance (suggested or made by staff, by whom). */
    @GET
    @Path("{id}/key-points")
    List<ThemeSuggestions.KeyPoint> keyPointsWithProvenance(@PathParam("id") UUID id);

    /** consultations's part of "download my data": its records, passed on as they are. */
    @GET
    @Path("my-data")
    JsonNode myData();
}
