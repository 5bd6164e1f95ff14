package org.advisoryforum.consultation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.service.Author;
import org.advisoryforum.consultation.service.ResponseService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/consultations")
@Tag(name = "Responses")
public class ResponseResource {

    private final ResponseService responses;
    private final JsonWebToken token;

    public ResponseResource(ResponseService responses, JsonWebToken token) {
        this.responses = responses;
        this.token = token;
    }

    @GET
    @Path("/{id}/responses/me")
    @RolesAllowed("member")
    @Operation(summary = "My response (draft or submitted), to resume on any device")
    public ResponseView mine(@PathParam("id") UUID id) {
        return responses.mine(id, author());
    }

    @PUT
    @Path("/{id}/responses/me")
    @RolesAllowed("member")
    @Operation(
            summary =
                    "Save my answers so far (keys given are set, a null value clears one); amends a submitted response")
    public ResponseView save(@PathParam("id") UUID id, @Valid @NotNull ResponseRequest request) {
        return responses.save(id, author(), request);
    }

    @POST
    @Path("/{id}/responses/me/submit")
    @RolesAllowed("member")
    @Operation(summary = "Submit my response; required questions are checked now")
    public ResponseView submit(@PathParam("id") UUID id) {
        return responses.submit(id, author());
    }

    @DELETE
    @Path("/{id}/responses/me")
    @RolesAllowed("member")
    @Operation(summary = "Withdraw my response (until the consultation closes)")
    public Response withdraw(@PathParam("id") UUID id) {
        responses.withdraw(id, author());
        return Response.noContent().build();
    }

    @GET
    @Path("/responses/mine")
    @RolesAllowed("member")
    @Operation(
            summary =
                    "All my responses across consultations: draft, submitted or withdrawn, with each consultation's status and closing time")
    public List<MyResponseView> allOfMine() {
        return responses.allOfMine(author());
    }

    @GET
    @Path("/my-answers")
    @RolesAllowed("member")
    @Operation(summary = "My earlier free-text answers, to link with 'I said this before'")
    public List<EarlierAnswerView> myAnswers() {
        return responses.earlierAnswers(author());
    }

    @GET
    @Path("/{id}/responses")
    @RolesAllowed("staff")
    @Operation(summary = "All submitted responses, with pseudonymous authors and their perspectives (staff)")
    public List<StaffResponseView> all(@PathParam("id") UUID id) {
        return responses.submittedForStaff(id);
    }

    @POST
    @Path("/{id}/responses/assisted")
    @RolesAllowed("staff")
    @Operation(summary = "Record a response given by phone, on paper, in easy read or through a supporter (staff)")
    public Response assisted(@PathParam("id") UUID id, @Valid @NotNull AssistedResponseRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(responses.recordAssisted(id, token.getName(), request))
                .build();
    }

    private Author author() {
        return new Author(UUID.fromString(token.getSubject()));
    }
}
