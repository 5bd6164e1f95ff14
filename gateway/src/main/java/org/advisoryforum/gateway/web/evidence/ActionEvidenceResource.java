package org.advisoryforum.gateway.web.evidence;

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
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.StaffPageViews;
import org.advisoryforum.gateway.client.StaffViews;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff record an action as implemented or partly adopted with its evidence (a published document's link and/or a
 * concrete description of what changed), and trace the action back to the answers and comments behind it.
 * Tracking judges the evidence ("evidence, not promises"); its refusal codes are worded beside the fields.
 */
@Path("/staff/consultations/{id}/actions/{actionId}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class ActionEvidenceResource {

    /** The page's fields in order, with tracking's names for them. */
    private static final Map<String, String> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("status", "status-IMPLEMENTED");
        FIELDS.put("reason", "reason");
        FIELDS.put("evidence.documentUrl", "documentUrl");
        FIELDS.put("evidence.description", "description");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evidence(
                UUID consultationId,
                StaffViews.ActionDetail action,
                Map<String, String> typed,
                FormErrors errors,
                boolean saved);

        static native TemplateInstance trace(UUID consultationId, StaffPageViews.Trace trace);
    }

    private final TrackingClient tracking;

    public ActionEvidenceResource(@RestClient TrackingClient tracking) {
        this.tracking = tracking;
    }

    @GET
    @Path("evidence")
    public TemplateInstance evidence(
            @PathParam("id") String id, @PathParam("actionId") String actionId, @QueryParam("saved") String saved) {
        StaffViews.ActionDetail action = tracking.action(PageResource.parse(actionId));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("status", "PARTLY_ADOPTED".equals(action.status()) ? "PARTLY_ADOPTED" : "IMPLEMENTED");
        typed.put("reason", action.reason() == null ? "" : action.reason());
        typed.put("documentUrl", "");
        typed.put("description", "");
        return Templates.evidence(PageResource.parse(id), action, typed, new FormErrors(), saved != null);
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveEvidence(
            @PathParam("id") String id, @PathParam("actionId") String actionId, MultivaluedMap<String, String> posted) {
        UUID consultationId = PageResource.parse(id);
        UUID action = PageResource.parse(actionId);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("status", "reason", "documentUrl", "description")) {
            String value = posted.getFirst(field);
            typed.put(field, value == null ? "" : value.strip());
        }
        FormErrors errors = new FormErrors();
        String status = typed.get("status");
        if (!"IMPLEMENTED".equals(status) && !"PARTLY_ADOPTED".equals(status)) {
            errors.add("status-IMPLEMENTED", "ev_error_status");
        }
        if ("PARTLY_ADOPTED".equals(status) && typed.get("reason").isEmpty()) {
            errors.add("reason", "ev_error_reason");
        }
        String url = typed.get("documentUrl");
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            errors.add("documentUrl", "ev_error_url");
        }
        if (errors.isEmpty()) {
            Requests.Action.Evidence evidence = url.isEmpty()
                            && typed.get("description").isEmpty()
                    ? null
                    : new Requests.Action.Evidence(null, blankToNull(url), blankToNull(typed.get("description")));
            try {
                tracking.changeActionStatus(
                        action, new Requests.ActionStatus(status, blankToNull(typed.get("reason")), evidence));
                return Response.seeOther(URI.create("/staff/consultations/" + consultationId + "/actions/" + action
                                + "/evidence?saved=true"))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                refusedOn(refused, errors);
            }
        }
        return Response.status(400)
                .entity(Templates.evidence(consultationId, tracking.action(action), typed, errors, false))
                .build();
    }

    @GET
    @Path("trace")
    public TemplateInstance trace(@PathParam("id") String id, @PathParam("actionId") String actionId) {
        return Templates.trace(PageResource.parse(id), tracking.trace(PageResource.parse(actionId)));
    }

    /** Tracking's refusal, by field and code, on this page's fields. */
    static void refusedOn(ServiceRefusal refused, FormErrors errors) {
        if ("evidence_required".equals(refused.code())) {
            errors.add("documentUrl", "ev_error_evidence_required");
            return;
        }
        refused.fields().forEach((field, code) -> {
            String id = FIELDS.get(field);
            if (id == null) {
                return;
            }
            errors.add(
                    id,
                    switch (field) {
                        case "reason" -> "ev_error_reason";
                        case "evidence.documentUrl" -> "ev_error_url";
                        case "evidence.description" ->
                            switch (code) {
                                case "not_concrete" -> "ev_error_not_concrete";
                                case "a_promise" -> "ev_error_a_promise";
                                default -> "ev_error_too_long";
                            };
                        default -> "ev_error_status";
                    });
        });
        if (errors.isEmpty()) {
            errors.add("status-IMPLEMENTED", refused.status() == 409 ? "ev_error_conflict" : "ev_error_refused");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
