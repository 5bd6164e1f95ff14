package org.advisoryforum.gateway.web.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationSummary;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ModerationViews;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff moderate quotable words before anything is quoted: the queue (by status, by consultation), and one item with
 * approve, remove some words (each removed part shown publicly as "[removed: reason]") or do not use, with a reason.
 */
@Path("/staff/moderation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class ModerationResource {

    static final List<String> STATUSES = List.of("PENDING", "APPROVED", "REDACTED", "REJECTED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(
                List<ModerationViews.Item> items,
                Map<UUID, String> titles,
                List<String> statuses,
                String status,
                UUID consultationId,
                UUID decided);

        static native TemplateInstance item(
                ModerationViews.Item item, String title, ModerationForm form, FormErrors errors, List<String> reasons);
    }

    private final TrackingClient tracking;
    private final ConsultationsClient consultations;

    public ModerationResource(@RestClient TrackingClient tracking, @RestClient ConsultationsClient consultations) {
        this.tracking = tracking;
        this.consultations = consultations;
    }

    @GET
    public TemplateInstance queue(
            @QueryParam("status") String status,
            @QueryParam("consultationId") String consultation,
            @QueryParam("decided") String decided) {
        String chosen = status != null && STATUSES.contains(status) ? status : "PENDING";
        UUID consultationId = consultation == null || consultation.isBlank() ? null : PageResource.parse(consultation);
        UUID decidedId = decided == null || decided.isBlank() ? null : PageResource.parse(decided);
        Map<UUID, String> titles = titles();
        return Templates.queue(
                tracking.moderationQueue(chosen, consultationId), titles, STATUSES, chosen, consultationId, decidedId);
    }

    @GET
    @Path("{id}")
    public TemplateInstance item(@PathParam("id") String id) {
        ModerationViews.Item item = tracking.moderationItem(PageResource.parse(id));
        return render(item, ModerationForm.empty(), new FormErrors());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        UUID inputId = PageResource.parse(id);
        ModerationViews.Item item = tracking.moderationItem(inputId);
        ModerationForm form = ModerationForm.of(posted);
        FormErrors errors = new FormErrors();
        Requests.Moderation decision = form.decisionFor(item.text(), errors);
        if (decision != null) {
            try {
                tracking.decideModeration(inputId, decision);
                return Response.seeOther(URI.create(
                                "/staff/moderation?consultationId=" + item.consultationId() + "&decided=" + inputId))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                form.refused(refused, errors);
            }
        }
        return Response.status(400).entity(render(item, form, errors)).build();
    }

    private TemplateInstance render(ModerationViews.Item item, ModerationForm form, FormErrors errors) {
        return Templates.item(item, titles().get(item.consultationId()), form, errors, ModerationForm.REASONS);
    }

    /** every consultation's title by id, to name where the words came from and to filter the queue */
    private Map<UUID, String> titles() {
        Map<UUID, String> titles = new LinkedHashMap<>();
        for (ConsultationSummary c : consultations.list(null)) {
            titles.put(c.id(), c.title());
        }
        return titles;
    }
}
