package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advisoryforum.gateway.client.Impact;
import org.advisoryforum.gateway.client.MemberApi;

/** The public impact page: how the regulator answers the forum. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ImpactResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(Impact impact);
    }

    private final MemberApi api;
    private final PageContext page;

    public ImpactResource(MemberApi api, PageContext page) {
        this.api = api;
        this.page = page;
    }

    @GET
    @Path("impact")
    public TemplateInstance impact() {
        MemberApi.Reply reply = api.call("GET", "/api/tracking/impact", null);
        if (!reply.ok()) {
            throw new IllegalStateException("impact figures unavailable: " + reply.status());
        }
        return Templates.impact(api.read(reply.body(), Impact.class)).setLocale(page.getLocale());
    }
}
