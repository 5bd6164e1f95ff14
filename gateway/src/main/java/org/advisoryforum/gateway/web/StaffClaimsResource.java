package org.advisoryforum.gateway.web;

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
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.MemberApi;

import java.util.Arrays;
import java.util.List;

/** Staff decide payment and expenses claims: approve, reject with a reason, or mark an approved claim paid. */
@Path("/staff/claims")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffClaimsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claims(List<ForumViews.Claim> claims, List<String> problems);
    }

    private final MemberApi api;
    private final PageContext page;
    private final StaffDecisions decisions;

    public StaffClaimsResource(MemberApi api, PageContext page, StaffDecisions decisions) {
        this.api = api;
        this.page = page;
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
        return decisions.decide("/api/forum/claims/" + PageResource.parse(id) + "/decision",
                String.valueOf(form.getFirst("decision")), form, "/staff/claims", this::render);
    }

    private TemplateInstance render(List<String> problems) {
        MemberApi.Reply reply = api.call("GET", "/api/forum/claims", null);
        List<ForumViews.Claim> claims = reply.ok() ? Arrays.asList(api.read(reply.body(), ForumViews.Claim[].class)) : List.of();
        return Templates.claims(claims, problems).setLocale(page.getLocale());
    }
}
