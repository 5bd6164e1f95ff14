package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.ConsultationsApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    private static final Logger LOG = Logger.getLogger(PageResource.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(PageUser user, List<ConsultationSummary> open, boolean unavailable);
    }

    private final ConsultationsApi consultations;
    private final SecurityIdentity identity;

    public PageResource(@RestClient ConsultationsApi consultations, SecurityIdentity identity) {
        this.consultations = consultations;
        this.identity = identity;
    }

    @GET
    public TemplateInstance home() {
        List<ConsultationSummary> open = List.of();
        boolean unavailable = false;
        try {
            open = consultations.list("open");
        } catch (RuntimeException e) {
            LOG.warnf("open consultations could not be loaded: %s", e.getMessage());
            unavailable = true;
        }
        return Templates.home(PageUser.of(identity), open, unavailable);
    }

    /** Signing in is the OIDC code flow: reaching this page means the user has a session. */
    @GET
    @Path("login")
    @Authenticated
    public Response login() {
        return Response.seeOther(URI.create("/")).build();
    }
}
