package org.advisoryforum.tracking.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.service.MeetingTrackingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public outcomes of forum meetings: minutes, attendance counts, and each action point's status. */
@Path("/api/tracking/meetings")
@Tag(name = "Public outcomes")
@PermitAll
public class MeetingOutcomeResource {

    private final MeetingTrackingService meetings;

    public MeetingOutcomeResource(MeetingTrackingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Operation(summary = "Meetings whose minutes are published, latest first")
    public List<MeetingOutcomeView.Summary> list() {
        return meetings.all();
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "A meeting's outcomes: its minutes, attendance by perspective (counts only) and what became "
                    + "of each action point (404 until its minutes are published)")
    public MeetingOutcomeView get(@PathParam("id") UUID id) {
        return meetings.outcome(id);
    }
}
