package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.MemberApi;
import org.advisoryforum.gateway.client.MemberImpact;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A member's account: how they may be quoted and counted, their notifications, and their impact. */
@Path("/account")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(ForumViews.ConsentHistory consent,
                                               List<ForumViews.Notification> notifications, boolean saved);

        static native TemplateInstance myImpact(MemberImpact impact);
    }

    private final MemberApi api;
    private final PageContext page;
    private final Csrf csrf;

    public AccountResource(MemberApi api, PageContext page, Csrf csrf) {
        this.api = api;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance account(@jakarta.ws.rs.QueryParam("saved") boolean saved) {
        MemberApi.Reply consent = api.call("GET", "/api/forum/members/me/consents", null);
        MemberApi.Reply notifications = api.call("GET", "/api/forum/members/me/notifications", null);
        if (!consent.ok()) {
            throw new ForbiddenException("no forum membership: " + consent.status());
        }
        return Templates.account(api.read(consent.body(), ForumViews.ConsentHistory.class),
                notifications.ok() ? Arrays.asList(api.read(notifications.body(), ForumViews.Notification[].class)) : List.of(),
                saved).setLocale(page.getLocale());
    }

    /** Each of my answers and what became of it. */
    @GET
    @Path("impact")
    public TemplateInstance myImpact() {
        MemberApi.Reply reply = api.call("GET", "/api/tracking/members/me/impact", null);
        if (!reply.ok()) {
            throw new IllegalStateException("member impact unavailable: " + reply.status());
        }
        return Templates.myImpact(api.read(reply.body(), MemberImpact.class)).setLocale(page.getLocale());
    }

    @POST
    @Path("consent")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response consent(MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        String quote = form.getFirst("quote");
        MemberApi.Reply reply = api.call("PUT", "/api/forum/members/me/consents", Map.of(
                "quote", quote == null ? "NONE" : quote,
                "contactByEmail", "yes".equals(form.getFirst("contactByEmail")),
                "useInStatistics", "yes".equals(form.getFirst("useInStatistics"))));
        if (!reply.ok()) {
            throw new ForbiddenException("consent refused: " + reply.status());
        }
        return Response.seeOther(URI.create("/account?saved=true")).build();
    }
}
