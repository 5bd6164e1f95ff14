package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.advisoryforum.gateway.client.Impact;
import org.advisoryforum.gateway.client.MemberApi;
import org.advisoryforum.gateway.client.MemberImpact;

/** The public impact page, and a member's own impact: each of their answers and what became of it. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ImpactResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance impact(Impact impact);

        static native TemplateInstance myImpact(MemberImpact impact);
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

    @GET
    @Path("account/impact")
    @RolesAllowed("member")
    public TemplateInstance myImpact() {
        MemberApi.Reply reply = api.call("GET", "/api/tracking/members/me/impact", null);
        if (!reply.ok()) {
            throw new IllegalStateException("member impact unavailable: " + reply.status());
        }
        return Templates.myImpact(api.read(reply.body(), MemberImpact.class)).setLocale(page.getLocale());
    }
}
