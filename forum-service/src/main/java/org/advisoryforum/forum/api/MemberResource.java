package org.advisoryforum.forum.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.service.ClaimService;
import org.advisoryforum.forum.service.ConsentService;
import org.advisoryforum.forum.service.InvitationService;
import org.advisoryforum.forum.service.InvolvementFeedbackService;
import org.advisoryforum.forum.service.InvolvementService;
import org.advisoryforum.forum.service.LeavingService;
import org.advisoryforum.forum.service.MemberService;
import org.advisoryforum.forum.service.NotificationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Everything a member does about themself. Only ever the caller's own data: there is no id to guess. */
@Path("/api/forum/members/me")
@Tag(name = "My membership")
public class MemberResource {

    private final Caller caller;
    private final MemberService members;
    private final ConsentService consents;
    private final NotificationService notifications;
    private final InvolvementService involvement;
    private final ClaimService claims;
    private final LeavingService leaving;
    private final InvitationService invitations;
    private final InvolvementFeedbackService feedback;

    public MemberResource(
            Caller caller,
            MemberService members,
            ConsentService consents,
            NotificationService notifications,
            InvolvementService involvement,
            ClaimService claims,
            LeavingService leaving,
            InvitationService invitations,
            InvolvementFeedbackService feedback) {
        this.feedback = feedback;
        this.invitations = invitations;
        this.caller = caller;
        this.members = members;
        this.consents = consents;
        this.notifications = notifications;
        this.involvement = involvement;
        this.claims = claims;
        this.leaving = leaving;
    }

    @GET
    @RolesAllowed("member")
    @Operation(summary = "Your profile, contact preferences and membership")
    public MemberView profile() {
        return members.profile(caller.id());
    }

    @PUT
    @RolesAllowed("member")
    @Operation(
            summary =
                    "Edit your profile and contact preferences (the first edit creates the profile of a member without one)")
    public MemberView edit(@Valid @NotNull ProfileRequest request) {
        return members.editOwn(caller.id(), request);
    }

    @GET
    @Path("/consents")
    @RolesAllowed("member")
    @Operation(summary = "Your consent choices now, and every earlier version")
    public ConsentView.History consents() {
        return consents.history(caller.id());
    }

    @PUT
    @Path("/consents")
    @RolesAllowed("member")
    @Operation(
            summary = "Change your consent choices: a new version is kept and forum.member.v1 consent-changed is sent")
    public ConsentView.History changeConsents(@Valid @NotNull ConsentRequest request) {
        return consents.change(caller.id(), request);
    }

    @GET
    @Path("/notifications")
    @RolesAllowed("member")
    @Operation(summary = "Your inbox, newest first")
    public List<NotificationView> notifications() {
        return notifications.inbox(caller.id());
    }

    @GET
    @Path("/invitations")
    @RolesAllowed("member")
    @Operation(
            summary = "Your invitation to each consultation published while you served: invited, or held back "
                    + "(not messaged) by your monthly limit or quiet period; newest first")
    public List<MyInvitationView> invitations() {
        return invitations.mine(caller.id());
    }

    @GET
    @Path("/involvement")
    @RolesAllowed("member")
    @Operation(summary = "Your involvement ledger: responses, meetings and other activities")
    public List<InvolvementView> involvement() {
        return involvement.ledgerOf(caller.id());
    }

    @GET
    @Path("/involvement/{involvementId}/feedback")
    @RolesAllowed("member")
    @Operation(
            summary =
                    "Your answer to \"Was it worth it?\" about an entry of your ledger (404 no_feedback before you answer)")
    public FeedbackViews.Answer feedback(@PathParam("involvementId") UUID involvementId) {
        return feedback.own(caller.id(), involvementId);
    }

    @PUT
    @Path("/involvement/{involvementId}/feedback")
    @RolesAllowed("member")
    @Operation(
            summary =
                    "Answer \"Was it worth it?\" about an entry of your ledger: how long it took, whether it was "
                            + "worth your time, whether you felt heard. One answer per entry: answering again replaces it (201, then 200)")
    public Response answerFeedback(
            @PathParam("involvementId") UUID involvementId, @Valid @NotNull FeedbackRequest request) {
        InvolvementFeedbackService.Answered answered = feedback.answer(caller.id(), involvementId, request);
        return Response.status(answered.created() ? 201 : 200)
                .entity(answered.answer())
                .build();
    }

    @GET
    @Path("/claims")
    @RolesAllowed("member")
    @Operation(summary = "Your payment and expense claims")
    public List<ClaimView> claims() {
        return claims.own(caller.id());
    }

    @POST
    @Path("/claims")
    @RolesAllowed("member")
    @Operation(
            summary =
                    "Claim payment or expenses for an activity in your ledger (amount in pounds, at most two decimal places)")
    public Response claim(@Valid @NotNull ClaimRequest request, @Context UriInfo uri) {
        ClaimView created = claims.claim(caller.id(), request);
        return Response.created(uri.getAbsolutePath()).entity(created).build();
    }

    @POST
    @Path("/leave")
    @RolesAllowed("member")
    @Operation(summary = "Leave the forum: the member role is removed, your history is kept")
    public Response leave() {
        leaving.leave(caller.id());
        return Response.noContent().build();
    }

    @DELETE
    @Authenticated
    @Operation(summary = "Erase what the forum holds about you and your account; forum.member.v1 erased is sent")
    public Response erase() {
        leaving.erase(caller.id());
        return Response.noContent().build();
    }
}
