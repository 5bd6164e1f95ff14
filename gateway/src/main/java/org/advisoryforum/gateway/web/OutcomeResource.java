package org.advisoryforum.gateway.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.advisoryforum.gateway.client.MemberApi;
import org.advisoryforum.gateway.client.YouSaidWeDid;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** The public "You said, we did" page, and members confirming or contesting an action from it. */
@Path("/consultations/{id}/you-said-we-did")
@Produces(MediaType.TEXT_HTML)
public class OutcomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance youSaidWeDid(YouSaidWeDid outcome, boolean thanked);
    }

    private final MemberApi api;
    private final PageContext page;
    private final Csrf csrf;

    public OutcomeResource(MemberApi api, PageContext page, Csrf csrf) {
        this.api = api;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id, @jakarta.ws.rs.QueryParam("thanks") boolean thanks) {
        UUID consultationId = PageResource.parse(id);
        MemberApi.Reply reply = api.call("GET", "/api/tracking/consultations/" + consultationId + "/you-said-we-did", null);
        if (!reply.ok()) {
            throw new NotFoundException();
        }
        return Templates.youSaidWeDid(api.read(reply.body(), YouSaidWeDid.class), thanks).setLocale(page.getLocale());
    }

    @POST
    @Path("/actions/{actionId}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") String id, @PathParam("actionId") String actionId,
                            MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        UUID consultationId = PageResource.parse(id);
        UUID action = PageResource.parse(actionId);
        String verdict = "MISSES".equals(form.getFirst("verdict")) ? "MISSES" : "REFLECTS";
        String comment = form.getFirst("comment");
        MemberApi.Reply reply = api.call("POST", "/api/tracking/actions/" + action + "/confirmations",
                comment == null || comment.isBlank() ? Map.of("verdict", verdict) : Map.of("verdict", verdict, "comment", comment));
        if (!reply.ok()) {
            throw new ForbiddenException("confirmation refused: " + reply.status());
        }
        return Response.seeOther(URI.create("/consultations/" + consultationId + "/you-said-we-did?thanks=true#action-" + action))
                .build();
    }
}
