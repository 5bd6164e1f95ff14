package org.advisoryforum.gateway.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advisoryforum.gateway.client.Impact;
import org.advisoryforum.gateway.client.TrackingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The public impact page: how the regulator answers the forum. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ImpactResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(Impact impact);
    }

    private final TrackingClient tracking;

    public ImpactResource(@RestClient TrackingClient tracking) {
        this.tracking = tracking;
    }

    @GET
    @Path("impact")
    public TemplateInstance impact() {
        return Templates.impact(tracking.impact());
    }
}
