package org.advisoryforum.gateway.web.decisions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Staff review applications to join the forum: approve, or decline with a reason the applicant will read. */
@Path("/staff/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffApplicationsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance applications(List<ForumViews.Application> applications, List<String> problems);
    }

    private final ForumClient forum;
    private final StaffDecisions decisions;

    public StaffApplicationsResource(@RestClient ForumClient forum, StaffDecisions decisions) {
        this.forum = forum;
        this.decisions = decisions;
    }

    @GET
    public TemplateInstance list() {
        return render(List.of());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object decide(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        UUID subject = PageResource.parse(id);
        return decisions.decide(
                d -> forum.decideApplication(subject, d),
                "DECLINE".equals(form.getFirst("decision")) ? "DECLINE" : "APPROVE",
                form,
                "/staff/applications",
                this::render);
    }

    private TemplateInstance render(List<String> problems) {
        return Templates.applications(forum.applications("PENDING"), problems);
    }
}
