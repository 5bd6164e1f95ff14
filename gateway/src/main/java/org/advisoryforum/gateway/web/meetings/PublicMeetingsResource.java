package org.advisoryforum.gateway.web.meetings;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.advisoryforum.gateway.client.MeetingViews;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The public record of forum meetings: each meeting's summary, who came (counts) and what became of its actions. */
@Path("/meetings")
@Produces(MediaType.TEXT_HTML)
public class PublicMeetingsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance meetings(List<MeetingViews.OutcomeSummary> meetings);

        static native TemplateInstance outcome(MeetingViews.Outcome outcome);
    }

    private final TrackingClient outcomes;

    public PublicMeetingsResource(@RestClient TrackingClient outcomes) {
        this.outcomes = outcomes;
    }

    @GET
    public TemplateInstance meetings() {
        return Templates.meetings(outcomes.meetingOutcomes());
    }

    @GET
    @Path("{id}")
    public TemplateInstance outcome(@PathParam("id") String id) {
        return Templates.outcome(outcomes.meetingOutcome(PageResource.parse(id)));
    }
}
