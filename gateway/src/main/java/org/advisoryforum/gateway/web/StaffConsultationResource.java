package org.advisoryforum.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.MemberApi;
import org.advisoryforum.gateway.client.StaffViews;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Staff take a closed consultation to its outcome: read the responses, group answers into key points, record what
 * was done about each, publish the outcome. Every form posts to the services' APIs with the staff member's token.
 */
@Path("/staff/consultations/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffConsultationResource {

    static final List<String> STATUSES = List.of("PROPOSED", "AGREED", "IN_PROGRESS", "IMPLEMENTED", "PARTLY_ADOPTED",
            "NOT_ADOPTED", "DEFERRED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staffConsultation(ConsultationDetail consultation,
                                                         List<StaffViews.Response> responses,
                                                         List<StaffViews.KeyPoint> keyPoints, List<String> statuses,
                                                         List<String> problems);

        static native TemplateInstance revise(ConsultationDetail consultation, List<String> problems);

        static native TemplateInstance diff(ConsultationDetail consultation, DraftDiff diff);

        static native TemplateInstance action(ConsultationDetail consultation, StaffViews.ActionDetail action);
    }

    /** The section-by-section differences between two versions of a draft. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record DraftDiff(int fromVersion, int toVersion, List<Change> changes) {
        @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
        public record Change(String sectionKey, String change, String headingBefore, String headingAfter,
                             String textBefore, String textAfter) {
        }
    }

    private final MemberApi api;
    private final PageContext page;
    private final Csrf csrf;

    public StaffConsultationResource(MemberApi api, PageContext page, Csrf csrf) {
        this.api = api;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public TemplateInstance show(@PathParam("id") String id) {
        return render(PageResource.parse(id), List.of());
    }

    @POST
    @Path("close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object close(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, form, "POST", "/api/consultations/%s/close", null);
    }

    @POST
    @Path("key-points")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object keyPoint(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("text", value(form, "text"));
        List<String> inputs = form.get("input") == null ? List.of() : form.get("input");
        inputs.forEach(body.putArray("inputs")::add);
        if (inputs.isEmpty()) {
            body.putArray("inputs");
        }
        return act(id, form, "POST", "/api/consultations/%s/key-points", body);
    }

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object action(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("consultationId", PageResource.parse(id).toString());
        body.putArray("keyPointIds").add(value(form, "keyPointId"));
        body.put("description", value(form, "description"));
        body.put("status", value(form, "status"));
        body.put("owner", value(form, "owner"));
        putIfGiven(body, "reason", value(form, "reason"));
        putIfGiven(body, "dueDate", value(form, "dueDate"));
        String section = value(form, "evidenceSection");
        if (!section.isBlank()) {
            body.putObject("evidence").put("sectionKey", section);
        }
        return act(id, form, "POST", "/api/tracking/actions", body);
    }

    @GET
    @Path("actions/{actionId}")
    public TemplateInstance action(@PathParam("id") String id, @PathParam("actionId") String actionId) {
        ConsultationDetail consultation = detail(PageResource.parse(id));
        MemberApi.Reply action = api.call("GET", "/api/tracking/actions/" + PageResource.parse(actionId), null);
        if (!action.ok()) {
            throw new NotFoundException();
        }
        StaffViews.ActionDetail detail = api.read(action.body(), StaffViews.ActionDetail.class);
        if (!consultation.id().equals(detail.consultationId())) {
            throw new NotFoundException();
        }
        return Templates.action(consultation, detail).setLocale(page.getLocale());
    }

    /** A later step for an action already recorded: a new status, with the reason the public page will show. */
    @POST
    @Path("actions/{actionId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object actionStatus(@PathParam("id") String id, @PathParam("actionId") String actionId,
                               MultivaluedMap<String, String> form) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("status", value(form, "status"));
        putIfGiven(body, "reason", value(form, "reason"));
        return act(id, form, "POST", "/api/tracking/actions/" + PageResource.parse(actionId) + "/status", body);
    }

    @GET
    @Path("revise")
    public TemplateInstance reviseForm(@PathParam("id") String id) {
        ConsultationDetail consultation = detail(PageResource.parse(id));
        return Templates.revise(consultation, List.of()).setLocale(page.getLocale());
    }

    /** A revised draft: every section's text as staff now want it; the service answers with the section diff. */
    @POST
    @Path("revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object revise(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        ConsultationDetail consultation = detail(PageResource.parse(id));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        var sections = body.putArray("sections");
        for (ConsultationDetail.Section section : consultation.sections()) {
            String text = value(form, "text-" + section.key());
            if (!text.isBlank()) {
                sections.addObject().put("key", section.key()).put("heading", section.heading()).put("text", text);
            }
        }
        String newHeading = value(form, "new-heading");
        if (!newHeading.isBlank()) {
            List<String> taken = consultation.sections().stream().map(ConsultationDetail.Section::key).toList();
            sections.addObject().put("key", SectionKeys.fromHeading(newHeading, taken))
                    .put("heading", newHeading).put("text", value(form, "new-text"));
        }
        putIfGiven(body, "note", value(form, "note"));
        MemberApi.Reply reply = api.call("POST", "/api/consultations/" + consultation.id() + "/draft-versions", body);
        if (!reply.ok()) {
            return Response.status(400).entity(Templates.revise(consultation, problems(reply.body())).setLocale(page.getLocale()))
                    .build();
        }
        return Templates.diff(consultation, api.read(reply.body(), DraftDiff.class)).setLocale(page.getLocale());
    }

    @POST
    @Path("publish-outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object publishOutcome(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return act(id, form, "POST", "/api/consultations/%s/publish-outcome", null);
    }

    private Object act(String id, MultivaluedMap<String, String> form, String method, String pathTemplate, JsonNode body) {
        csrf.verify(form.getFirst("csrf"));
        UUID consultationId = PageResource.parse(id);
        MemberApi.Reply reply = api.call(method, pathTemplate.formatted(consultationId), body);
        if (!reply.ok()) {
            return Response.status(reply.status() >= 500 ? 502 : 400).entity(render(consultationId, problems(reply.body())))
                    .build();
        }
        return Response.seeOther(URI.create("/staff/consultations/" + consultationId)).build();
    }

    private ConsultationDetail detail(UUID consultationId) {
        MemberApi.Reply consultation = api.call("GET", "/api/consultations/" + consultationId, null);
        if (!consultation.ok()) {
            throw new NotFoundException();
        }
        return api.read(consultation.body(), ConsultationDetail.class);
    }

    private TemplateInstance render(UUID consultationId, List<String> problems) {
        ConsultationDetail consultation = detail(consultationId);
        MemberApi.Reply responses = api.call("GET", "/api/consultations/" + consultationId + "/responses", null);
        MemberApi.Reply keyPoints = api.call("GET", "/api/tracking/consultations/" + consultationId + "/key-points", null);
        return Templates.staffConsultation(consultation,
                responses.ok() ? Arrays.asList(api.read(responses.body(), StaffViews.Response[].class)) : List.of(),
                keyPoints.ok() ? Arrays.asList(api.read(keyPoints.body(), StaffViews.KeyPoint[].class)) : List.of(),
                STATUSES, problems).setLocale(page.getLocale());
    }

    private static List<String> problems(JsonNode problem) {
        List<String> lines = new ArrayList<>();
        if (problem.hasNonNull("detail")) {
            lines.add(problem.path("detail").asText());
        }
        problem.path("errors").forEach(e -> lines.add(e.path("field").asText() + ": " + e.path("message").asText()));
        return lines;
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static void putIfGiven(ObjectNode body, String field, String value) {
        if (!value.isBlank()) {
            body.put(field, value);
        }
    }
}
