package org.advisoryforum.gateway.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.Impact;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.ServiceUnavailable;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.client.WorthViews;
import org.advisoryforum.gateway.web.page.Parallel;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The public impact page: how the regulator answers the forum, and whether members found taking part worth it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ImpactResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(Impact impact, WorthViews.Public worth);
    }

    private final TrackingClient tracking;
    private final ForumClient forum;
    private final Parallel parallel;

    public ImpactResource(@RestClient TrackingClient tracking, @RestClient ForumClient forum, Parallel parallel) {
        this.tracking = tracking;
        this.forum = forum;
        this.parallel = parallel;
    }

    /** Tracking's figures and forum-service's counts are asked for at once. */
    @GET
    @Path("impact")
    public TemplateInstance impact() {
        Parallel.Call<WorthViews.Public> worthCounts = parallel.start(forum::publicCounts);
        Impact impact = tracking.impact();
        return Templates.impact(impact, orLeftOut(worthCounts));
    }

    /** "Was it worth it?" counts from forum-service; without them (forum away) the page leaves that block out. */
    private static WorthViews.Public orLeftOut(Parallel.Call<WorthViews.Public> worthCounts) {
        try {
            return worthCounts.get();
        } catch (ServiceUnavailable | ServiceRefusal e) {
            return null;
        }
    }
}
