package org.advisoryforum.gateway.web.worth;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.WorthViews;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff: the members' "Was it worth it?" answers as counts per activity (never who); with {@code consultationId} or
 * {@code meetingId} only that one, linked from the staff consultation and meeting pages.
 */
@Path("/staff/worth")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffWorthResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activities(
                List<WorthViews.Activity> activities, List<String> bands, List<String> answers, String back);
    }

    private final ForumClient forum;

    public StaffWorthResource(@RestClient ForumClient forum) {
        this.forum = forum;
    }

    @GET
    public TemplateInstance activities(
            @QueryParam("consultationId") String consultationId, @QueryParam("meetingId") String meetingId) {
        UUID consultation =
                consultationId == null || consultationId.isBlank() ? null : PageResource.parse(consultationId);
        UUID meeting =
                consultation != null || meetingId == null || meetingId.isBlank() ? null : PageResource.parse(meetingId);
        String back = consultation != null
                ? "/staff/consultations/" + consultation
                : meeting != null ? "/staff/meetings/" + meeting : "/staff";
        return Templates.activities(
                forum.perActivity(consultation, meeting), WorthResource.TIME_BANDS, WorthResource.ANSWERS, back);
    }
}
