package org.advisoryforum.gateway.web.members;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff see each published consultation's invitation round (how many were invited and held back) and, for one round,
 * who was held back and why, worded from the reason's code (over their invitation limit, in a quiet period).
 */
@Path("/staff/invitation-rounds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class RoundsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rounds(List<StaffPageViews.Round> rounds);

        static native TemplateInstance round(StaffPageViews.RoundDetail detail);
    }

    private final ForumClient forum;

    public RoundsResource(@RestClient ForumClient forum) {
        this.forum = forum;
    }

    @GET
    public TemplateInstance rounds() {
        return Templates.rounds(forum.invitationRounds().stream()
                .sorted(Comparator.comparing(
                        StaffPageViews.Round::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
    }

    @GET
    @Path("{consultationId}")
    public TemplateInstance round(@PathParam("consultationId") String consultationId) {
        return Templates.round(forum.invitationRound(PageResource.parse(consultationId)));
    }
}
