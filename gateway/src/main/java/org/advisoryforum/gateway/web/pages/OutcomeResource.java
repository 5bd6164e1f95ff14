package org.advisoryforum.gateway.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.gateway.client.InputOutcome;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.ServiceUnavailable;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.client.YouSaidWeDid;
import org.advisoryforum.gateway.web.page.PageContext;
import org.advisoryforum.gateway.web.page.Parallel;
import org.advisoryforum.gateway.web.page.PublicPageCache;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** The public "You said, we did" page, and members confirming or contesting an action from it. */
@Path("/consultations/{id}/you-said-we-did")
@Produces(MediaType.TEXT_HTML)
public class OutcomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance youSaidWeDid(YouSaidWeDid outcome, boolean thanked, Set<UUID> mayConfirm);
    }

    private final TrackingClient tracking;
    private final PageContext page;
    private final PublicPageCache publicPages;
    private final Parallel parallel;

    public OutcomeResource(
            @RestClient TrackingClient tracking, PageContext page, PublicPageCache publicPages, Parallel parallel) {
        this.tracking = tracking;
        this.page = page;
        this.publicPages = publicPages;
        this.parallel = parallel;
    }

    /**
     * An anonymous visitor's page depends on nobody: it comes from the shared {@link PublicPageCache} (by address and
     * language, revalidated with tracking's ETag once its max-age is over). A signed-in view is rendered for its
     * reader only and never stored.
     */
    @GET
    public Response show(
            @PathParam("id") String id,
            @QueryParam("thanks") boolean thanks,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        UUID consultationId = PageResource.parse(id);
        if (page.getUser().signedIn() || thanks) {
            Parallel.Call<Set<UUID>> mayConfirm = parallel.start(this::contributedTo);
            YouSaidWeDid outcome = tracking.youSaidWeDid(consultationId);
            return Response.ok(Templates.youSaidWeDid(outcome, thanks, mayConfirm.get()))
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .build();
        }
        return publicPages.page(
                new PublicPageCache.Key("/consultations/" + consultationId + "/you-said-we-did", page.getLang()),
                ifNoneMatch,
                etag -> {
                    RestResponse<YouSaidWeDid> answer = tracking.youSaidWeDidUnless(consultationId, etag);
                    return new PublicPageCache.Fetched<>(
                            answer.getStatus() == 304,
                            answer.getEntity(),
                            answer.getHeaderString(HttpHeaders.ETAG),
                            answer.getHeaderString(HttpHeaders.CACHE_CONTROL));
                },
                outcome -> Templates.youSaidWeDid(outcome, false, Set.of()).render());
    }

    /**
     * The actions the signed-in member may confirm or contest: those their own answers or comments led to (the
     * service refuses anyone else, 403 {@code not_a_contributor}), so no one is offered a form that cannot work.
     */
    private Set<UUID> contributedTo() {
        if (!page.getUser().member()) {
            return Set.of();
        }
        try {
            return tracking.myImpact().items().stream()
                    .flatMap(item -> item.keyPoints().stream())
                    .flatMap(point -> point.actions().stream())
                    .map(InputOutcome.Action::actionId)
                    .collect(Collectors.toSet());
        } catch (ServiceRefusal | ServiceUnavailable | jakarta.ws.rs.ProcessingException e) {
            return Set.of(); // the outcome is public: without the member's impact it still shows, without the forms
        }
    }

    @POST
    @Path("/actions/{actionId}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(
            @PathParam("id") String id, @PathParam("actionId") String actionId, MultivaluedMap<String, String> form) {
        UUID consultationId = PageResource.parse(id);
        UUID action = PageResource.parse(actionId);
        String verdict = "MISSES".equals(form.getFirst("verdict")) ? "MISSES" : "REFLECTS";
        String comment = form.getFirst("comment");
        tracking.confirm(
                action, new Requests.Confirmation(verdict, comment == null || comment.isBlank() ? null : comment));
        return Response.seeOther(URI.create(
                        "/consultations/" + consultationId + "/you-said-we-did?thanks=true#action-" + action))
                .build();
    }
}
