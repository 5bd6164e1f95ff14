package org.advisoryforum.gateway.web.members;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Staff read the applications already decided (approved, or declined with the reason the applicant read), newest first. */
@Path("/staff/decided-applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class DecidedApplicationsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decided(List<ForumViews.Application> applications);
    }

    private final ForumClient forum;

    public DecidedApplicationsResource(@RestClient ForumClient forum) {
        this.forum = forum;
    }

    @GET
    public TemplateInstance decided() {
        return Templates.decided(
                Stream.concat(forum.applications("APPROVED").stream(), forum.applications("DECLINED").stream())
                        .sorted(Comparator.comparing(
                                ForumViews.Application::decidedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList());
    }
}
