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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.service.ConsultationService;
import org.advisoryforum.consultation.service.DraftService;
import org.advisoryforum.consultation.service.QuestionService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/consultations")
@Tag(name = "Consultations")
public class ConsultationResource {

    private final ConsultationService service;
    private final DraftService drafts;
    private final QuestionService questions;
    private final SecurityIdentity identity;

    public ConsultationResource(
            ConsultationService service, DraftService drafts, QuestionService questions, SecurityIdentity identity) {
        this.service = service;
        this.drafts = drafts;
        this.questions = questions;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(
            summary =
                    "List published consultations, optionally only open or closed ones; staff may also ask for drafts")
    public List<ConsultationView> list(
            @QueryParam("status")
                    @Pattern(regexp = "open|closed|upcoming|draft", message = "must be open, closed, upcoming or draft")
                    String status) {
        return service.list(status, isStaff());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(
            summary = "Read one consultation with its current draft sections and its questions; drafts only for staff")
    public ConsultationDetailView get(@PathParam("id") UUID id) {
        return service.get(id, isStaff());
    }

    @POST
    @RolesAllowed("staff")
    @Operation(summary = "Create a draft consultation")
    public Response create(@Valid @NotNull ConsultationRequest request, @Context UriInfo uri) {
        ConsultationView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.id().toString())
                        .build())
                .entity(created)
                .build();
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

    @POST
    @Path("/{id}/publish-outcome")
    @RolesAllowed("staff")
    @Operation(
            summary =
                    "Publish the outcome once key points exist: consultation.lifecycle.v1 'outcome-published' is sent")
    public ConsultationView publishOutcome(@PathParam("id") UUID id) {
        return service.publishOutcome(id);
    }

    @PUT
    @Path("/{id}/draft")
    @RolesAllowed("staff")
    @Operation(summary = "Write the draft's sections (version 1) while the consultation is a draft")
    public List<SectionView> writeDraft(@PathParam("id") UUID id, @Valid @NotNull DraftRequest request) {
        return drafts.writeFirstVersion(id, request);
    }

    @GET
    @Path("/{id}/draft")
    @PermitAll
    @Operation(summary = "The sections of one version of the draft (the current one by default)")
    public List<SectionView> draft(@PathParam("id") UUID id, @QueryParam("version") Integer version) {
        ConsultationDetailView consultation = service.get(id, isStaff());
        return drafts.sections(id, version == null ? consultation.draftVersion() : version);
    }

    @POST
    @Path("/{id}/draft-versions")
    @RolesAllowed("staff")
    @Operation(
            summary =
                    "Publish a revised draft after closing; returns the section-by-section diff, also sent as 'draft-revised'")
    public Response revise(@PathParam("id") UUID id, @Valid @NotNull DraftRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(drafts.revise(id, request))
                .build();
    }

    @GET
    @Path("/{id}/draft-diff")
    @PermitAll
    @Operation(summary = "Differences between two versions of a published consultation's draft")
    public DraftDiffView diff(
            @PathParam("id") UUID id,
            @QueryParam("from") @NotNull Integer from,
            @QueryParam("to") @NotNull Integer to) {
        service.get(id, isStaff());
        return drafts.diff(id, from, to);
    }

    @PUT
    @Path("/{id}/questions")
    @RolesAllowed("staff")
    @Operation(
            summary = "Set the questions; once answered, only changes that keep answers valid are accepted (else 409)")
    public List<QuestionView> questions(@PathParam("id") UUID id, @Valid @NotNull QuestionsRequest request) {
        return questions.replace(id, request);
    }

    private boolean isStaff() {
        return !identity.isAnonymous() && identity.hasRole("staff");
    }
}
