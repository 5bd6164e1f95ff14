package org.advisoryforum.gateway.web.decisions;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.StaffViews;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.editor.SectionKeys;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.ProblemWords;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff take a closed consultation to its outcome: read the responses, group answers into key points, record what
 * was done about each, publish the outcome. Every form posts to the services' APIs with the staff member's token.
 */
@Path("/staff/consultations/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffConsultationResource {

    static final List<String> STATUSES =
            List.of("PROPOSED", "AGREED", "IN_PROGRESS", "IMPLEMENTED", "PARTLY_ADOPTED", "NOT_ADOPTED", "DEFERRED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staffConsultation(
                ConsultationDetail consultation,
                List<ResponseLines.Shown> responses,
                List<StaffViews.KeyPoint> keyPoints,
                List<String> statuses,
                List<String> problems);

        static native TemplateInstance revise(ConsultationDetail consultation, List<String> problems);

        static native TemplateInstance diff(ConsultationDetail consultation, StaffViews.DraftDiff diff);

        static native TemplateInstance action(ConsultationDetail consultation, StaffViews.ActionDetail action);
    }

    private final ConsultationsClient consultations;
    private final TrackingClient tracking;
    private final ProblemWords words;

    public StaffConsultationResource(
            @RestClient ConsultationsClient consultations, @RestClient TrackingClient tracking, ProblemWords words) {
        this.consultations = consultations;
        this.tracking = tracking;
        this.words = words;
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        return render(PageResource.parse(id), List.of());
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object close(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, consultations::close);
    }

    @POST
    @Path("key-points")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object keyPoint(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        List<String> inputs = form.get("input") == null ? List.of() : form.get("input");
        return act(
                id,
                consultation ->
                        consultations.keyPoint(consultation, new Requests.KeyPoint(value(form, "text"), inputs)));
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object action(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        String section = given(value(form, "evidenceSection"));
        String document = given(value(form, "evidenceUrl"));
        String changed = given(value(form, "evidenceDescription"));
        Requests.Action action = new Requests.Action(
                PageResource.parse(id).toString(),
                List.of(value(form, "keyPointId")),
                value(form, "description"),
                value(form, "status"),
                value(form, "owner"),
                given(value(form, "reason")),
                given(value(form, "dueDate")),
                given(value(form, "reviewDate")),
                section == null && document == null && changed == null
                        ? null
                        : new Requests.Action.Evidence(section, document, changed));
        return act(id, consultation -> tracking.recordAction(action));
    }

    @GET
    @Path("actions/{actionId}")
    public TemplateInstance action(@PathParam("id") String id, @PathParam("actionId") String actionId) {
        ConsultationDetail consultation = detail(PageResource.parse(id));
        StaffViews.ActionDetail detail = tracking.action(PageResource.parse(actionId));
        if (!consultation.id().equals(detail.consultationId())) {
            throw new NotFoundException();
        }
        return Templates.action(consultation, detail);
    }

    /** A later step for an action already recorded: a new status, with the reason the public page will show. */
    @POST
    @Path("actions/{actionId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object actionStatus(
            @PathParam("id") String id, @PathParam("actionId") String actionId, MultivaluedMap<String, String> form) {
        UUID action = PageResource.parse(actionId);
        Requests.ActionStatus status = new Requests.ActionStatus(value(form, "status"), given(value(form, "reason")));
        return act(id, consultation -> tracking.changeActionStatus(action, status));
    }

    @GET
    @Path("revise")
    public TemplateInstance reviseForm(@PathParam("id") String id) {
        return Templates.revise(detail(PageResource.parse(id)), List.of());
    }

    /** A revised draft: every section's text as staff now want it; the service answers with the section diff. */
    @POST
    @Path("revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object revise(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = detail(PageResource.parse(id));
        List<ConsultationDetail.Section> sections = new ArrayList<>();
        for (ConsultationDetail.Section section : consultation.sections()) {
            String text = value(form, "text-" + section.key());
            if (!text.isBlank()) {
                sections.add(new ConsultationDetail.Section(section.key(), section.heading(), text));
            }
        }
        String newHeading = value(form, "new-heading");
        if (!newHeading.isBlank()) {
            List<String> taken = consultation.sections().stream()
                    .map(ConsultationDetail.Section::key)
                    .toList();
            sections.add(new ConsultationDetail.Section(
                    SectionKeys.fromHeading(newHeading, taken), newHeading, value(form, "new-text")));
        }
        try {
            return Templates.diff(
                    consultation,
                    consultations.revise(
                            consultation.id(), new Requests.DraftRevision(sections, given(value(form, "note")))));
        } catch (ServiceRefusal refused) {
            StaffConsultations.requireFormProblem(refused);
            return Response.status(400)
                    .entity(Templates.revise(consultation, words.of(refused)))
                    .build();
        }
    }

    @POST
    @Path("publish-outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object publishOutcome(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, consultations::publishOutcome);
    }

    /** One step on the consultation: done, back to its page; refused, its page again saying why (in words, by code). */
    private Object act(String id, java.util.function.Consumer<UUID> step) {
        UUID consultationId = PageResource.parse(id);
        try {
            step.accept(consultationId);
        } catch (ServiceRefusal refused) {
            StaffConsultations.requireFormProblem(refused);
            return Response.status(400)
                    .entity(render(consultationId, words.of(refused)))
                    .build();
        }
        return Response.seeOther(URI.create("/staff/consultations/" + consultationId))
                .build();
    }

    private ConsultationDetail detail(UUID consultationId) {
        return consultations.consultation(consultationId);
    }

    private TemplateInstance render(UUID consultationId, List<String> problems) {
        ConsultationDetail consultation = detail(consultationId);
        return Templates.staffConsultation(
                consultation,
                ResponseLines.of(consultation, consultations.responses(consultationId)),
                tracking.keyPoints(consultationId),
                STATUSES,
                problems);
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** An optional field left blank is not sent. */
    private static String given(String value) {
        return value.isBlank() ? null : value;
    }
}
