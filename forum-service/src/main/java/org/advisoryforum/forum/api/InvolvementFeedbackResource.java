package org.advisoryforum.forum.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.service.InvolvementFeedbackService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Was it worth it?" as counts: per activity for staff, all together and per kind for everyone. Never who. */
@Path("/api/forum/involvement-feedback")
@Tag(name = "Was it worth it?")
public class InvolvementFeedbackResource {

    private final InvolvementFeedbackService feedback;

    public InvolvementFeedbackResource(InvolvementFeedbackService feedback) {
        this.feedback = feedback;
    }

    @GET
    @RolesAllowed("staff")
    @Operation(
            summary = "Counts of the members' answers per activity (a consultation, a meeting, other activities "
                    + "together), most answered first; with consultationId or meetingId only that one (staff)")
    public List<FeedbackViews.Activity> perActivity(
            @QueryParam("consultationId") UUID consultationId, @QueryParam("meetingId") UUID meetingId) {
        return feedback.perActivity(consultationId, meetingId);
    }

    @GET
    @Path("/public")
    @PermitAll
    @Operation(summary = "Counts of the members' answers, all activities together and per kind (public)")
    public FeedbackViews.Public publicCounts() {
        return feedback.publicCounts();
    }
}
