package org.advisoryforum.gateway.web.mydata;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** "Your consent history": every version of the member's consent, newest first, with when and how. */
@Path("/account/consent-history")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class ConsentHistoryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(List<ForumViews.Consent> versions);
    }

    private final ForumClient forum;

    public ConsentHistoryResource(@RestClient ForumClient forum) {
        this.forum = forum;
    }

    @GET
    public TemplateInstance history() {
        return Templates.history(forum.consentHistory());
    }
}
