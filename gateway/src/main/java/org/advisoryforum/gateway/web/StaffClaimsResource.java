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
import jakarta.ws.rs.core.Response;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.MemberApi;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
    private final Csrf csrf;

    public StaffClaimsResource(MemberApi api, PageContext page, Csrf csrf) {
        this.api = api;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance list() {
        return render(List.of());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object decide(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        String decision = form.getFirst("decision");
        String reason = form.getFirst("reason");
        MemberApi.Reply reply = api.call("POST", "/api/forum/claims/" + PageResource.parse(id) + "/decision",
                reason == null || reason.isBlank() ? Map.of("decision", String.valueOf(decision))
                        : Map.of("decision", String.valueOf(decision), "reason", reason));
        if (!reply.ok()) {
            return Response.status(400).entity(render(List.of(reply.body().path("detail").asText(
                    "The decision could not be recorded.")))).build();
        }
        return Response.seeOther(URI.create("/staff/claims")).build();
    }

    private TemplateInstance render(List<String> problems) {
        MemberApi.Reply reply = api.call("GET", "/api/forum/claims", null);
        List<ForumViews.Claim> claims = reply.ok() ? Arrays.asList(api.read(reply.body(), ForumViews.Claim[].class)) : List.of();
        return Templates.claims(claims, problems).setLocale(page.getLocale());
    }
}
