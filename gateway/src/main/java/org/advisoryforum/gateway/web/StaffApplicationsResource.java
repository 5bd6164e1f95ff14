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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Staff review applications to join the forum: approve, or decline with a reason the applicant will read. */
@Path("/staff/applications")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffApplicationsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance applications(List<ForumViews.Application> applications, List<String> problems);
    }

    private final MemberApi api;
    private final PageContext page;
    private final Csrf csrf;

    public StaffApplicationsResource(MemberApi api, PageContext page, Csrf csrf) {
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
        String decision = "DECLINE".equals(form.getFirst("decision")) ? "DECLINE" : "APPROVE";
        String reason = form.getFirst("reason");
        MemberApi.Reply reply = api.call("POST", "/api/forum/applications/" + PageResource.parse(id) + "/decision",
                reason == null || reason.isBlank() ? Map.of("decision", decision) : Map.of("decision", decision, "reason", reason));
        if (!reply.ok()) {
            List<String> problems = new ArrayList<>();
            problems.add(reply.body().path("detail").asText("The decision could not be recorded."));
            return Response.status(400).entity(render(problems)).build();
        }
        return Response.seeOther(URI.create("/staff/applications")).build();
    }

    private TemplateInstance render(List<String> problems) {
        MemberApi.Reply reply = api.call("GET", "/api/forum/applications?status=PENDING", null);
        List<ForumViews.Application> pending = reply.ok()
                ? Arrays.asList(api.read(reply.body(), ForumViews.Application[].class)) : List.of();
        return Templates.applications(pending, problems).setLocale(page.getLocale());
    }
}
