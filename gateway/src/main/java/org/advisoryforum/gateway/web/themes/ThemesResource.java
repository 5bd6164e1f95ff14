package org.advisoryforum.gateway.web.themes;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationStatus;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.ThemeSuggestions;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff pages for suggested themes of a closed consultation's free-text answers: ask for them, see each (label, top
 * phrases, answers near its centre, size) and accept (a key point), change the label, merge or reject it. Plain forms,
 * no JavaScript; the global CSRF check covers every POST.
 */
@Path("/staff/consultations/{id}/themes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class ThemesResource {

    static final int MAX_LABEL = 1000;
    private static final Set<ConsultationStatus> CLOSED =
            Set.of(ConsultationStatus.CLOSED, ConsultationStatus.ANALYSING, ConsultationStatus.OUTCOME_PUBLISHED);
    /** The service's refusal codes this page puts into words (themes_error_<code>). */
    private static final Set<String> WORDED = Set.of(
            "consultation_not_closed",
            "not_free_text",
            "too_few_answers",
            "suggestion_decided",
            "unknown_suggestion",
            "same_suggestion",
            "other_run",
            "no_answers_left");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questions(
                ConsultationDetail consultation, List<ConsultationDetail.Question> questions, boolean closed);

        static native TemplateInstance question(
                ConsultationDetail consultation,
                ConsultationDetail.Question question,
                boolean closed,
                ThemeSuggestions.Run run,
                List<ThemeSuggestions.KeyPoint> keyPoints,
                FormErrors errors,
                boolean done);
    }

    private final ConsultationsClient consultations;

    public ThemesResource(@RestClient ConsultationsClient consultations) {
        this.consultations = consultations;
    }

    @GET
    public TemplateInstance questions(@PathParam("id") String id) {
        ConsultationDetail consultation = consultations.consultation(PageResource.parse(id));
        return Templates.questions(consultation, freeText(consultation), CLOSED.contains(consultation.status()));
    }

    @GET
    @Path("{questionKey}")
    public TemplateInstance question(
            @PathParam("id") String id, @PathParam("questionKey") String questionKey, @QueryParam("done") String done) {
        return render(PageResource.parse(id), questionKey, new FormErrors(), done != null);
    }

    @POST
    @Path("{questionKey}/suggest")
    public Response suggest(@PathParam("id") String id, @PathParam("questionKey") String questionKey) {
        UUID consultationId = PageResource.parse(id);
        return act(
                consultationId,
                questionKey,
                "suggest",
                new FormErrors(),
                () -> consultations.suggestThemes(consultationId, questionKey));
    }

    @POST
    @Path("{questionKey}/{suggestionId}/label")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response relabel(
            @PathParam("id") String id,
            @PathParam("questionKey") String questionKey,
            @PathParam("suggestionId") String suggestion,
            MultivaluedMap<String, String> form) {
        return withLabel(id, questionKey, suggestion, form, "relabel-", consultations::relabelTheme);
    }

    @POST
    @Path("{questionKey}/{suggestionId}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(
            @PathParam("id") String id,
            @PathParam("questionKey") String questionKey,
            @PathParam("suggestionId") String suggestion,
            MultivaluedMap<String, String> form) {
        return withLabel(id, questionKey, suggestion, form, "accept-", consultations::acceptTheme);
    }

    /** A change to one suggestion that carries the label staff typed (relabel, accept). */
    private interface LabelledChange {
        Object send(UUID consultationId, UUID suggestionId, ThemeSuggestions.Label label);
    }

    private Response withLabel(
            String id,
            String questionKey,
            String suggestion,
            MultivaluedMap<String, String> form,
            String fieldPrefix,
            LabelledChange change) {
        UUID consultationId = PageResource.parse(id);
        UUID suggestionId = PageResource.parse(suggestion);
        FormErrors errors = new FormErrors();
        String field = fieldPrefix + suggestionId;
        String label = label(form, field, errors);
        return act(
                consultationId,
                questionKey,
                field,
                errors,
                () -> change.send(consultationId, suggestionId, new ThemeSuggestions.Label(label)));
    }

    @POST
    @Path("{questionKey}/{suggestionId}/merge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response merge(
            @PathParam("id") String id,
            @PathParam("questionKey") String questionKey,
            @PathParam("suggestionId") String suggestion,
            MultivaluedMap<String, String> form) {
        UUID consultationId = PageResource.parse(id);
        UUID suggestionId = PageResource.parse(suggestion);
        FormErrors errors = new FormErrors();
        String field = "merge-" + suggestionId;
        UUID with = null;
        String chosen = form.getFirst("with");
        if (chosen == null || chosen.isBlank()) {
            errors.add(field, "themes_error_with_required");
        } else {
            try {
                with = UUID.fromString(chosen.strip());
            } catch (IllegalArgumentException e) {
                errors.add(field, "themes_error_unknown_suggestion");
            }
        }
        UUID other = with;
        return act(
                consultationId,
                questionKey,
                field,
                errors,
                () -> consultations.mergeThemes(consultationId, suggestionId, new ThemeSuggestions.Merge(other)));
    }

    @POST
    @Path("{questionKey}/{suggestionId}/reject")
    public Response reject(
            @PathParam("id") String id,
            @PathParam("questionKey") String questionKey,
            @PathParam("suggestionId") String suggestion) {
        UUID consultationId = PageResource.parse(id);
        UUID suggestionId = PageResource.parse(suggestion);
        return act(
                consultationId,
                questionKey,
                "reject-" + suggestionId,
                new FormErrors(),
                () -> consultations.rejectTheme(consultationId, suggestionId));
    }

    private static String label(MultivaluedMap<String, String> form, String field, FormErrors errors) {
        String label = form.getFirst("label");
        if (label == null || label.isBlank()) {
            errors.add(field, "themes_error_label_required");
        } else if (label.strip().length() > MAX_LABEL) {
            errors.add(field, "themes_error_label_too_long");
        }
        return label == null ? null : label.strip();
    }

    /** Calls the service unless the form already failed; then back to the question's page (303), or the page with the refusal in words. */
    private Response act(UUID consultationId, String questionKey, String field, FormErrors errors, Runnable call) {
        int status = 400;
        if (errors.isEmpty()) {
            try {
                call.run();
                return Response.seeOther(URI.create(
                                "/staff/consultations/" + consultationId + "/themes/" + questionKey + "?done"))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                status = refused.status();
                String code = refused.code() != null
                        ? refused.code()
                        : refused.fields().values().stream().findFirst().orElse(null);
                if ("size".equals(code)) {
                    errors.add(field, "themes_error_label_too_long");
                } else if ("required".equals(code) || "blank".equals(code)) {
                    errors.add(field, "themes_error_label_required");
                } else {
                    errors.add(
                            field,
                            code != null && WORDED.contains(code) ? "themes_error_" + code : "themes_error_refused");
                }
            }
        }
        return Response.status(status)
                .entity(render(consultationId, questionKey, errors, false))
                .build();
    }

    private TemplateInstance render(UUID consultationId, String questionKey, FormErrors errors, boolean done) {
        ConsultationDetail consultation = consultations.consultation(consultationId);
        ConsultationDetail.Question question = freeText(consultation).stream()
                .filter(q -> q.key().equals(questionKey))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        ThemeSuggestions.Run run = null;
        try {
            run = consultations.themeSuggestions(consultationId, questionKey);
        } catch (ServiceRefusal refused) {
            if (!refused.is(404, "no_suggestions")) {
                throw refused;
            }
        }
        List<ThemeSuggestions.KeyPoint> keyPoints = CLOSED.contains(consultation.status())
                ? consultations.keyPointsWithProvenance(consultationId)
                : List.of();
        return Templates.question(
                consultation,
                question,
                CLOSED.contains(consultation.status()),
                run,
                keyPoints,
                errors,
                done && errors.isEmpty());
    }

    private static List<ConsultationDetail.Question> freeText(ConsultationDetail consultation) {
        return consultation.questions() == null
                ? List.of()
                : consultation.questions().stream()
                        .filter(q -> "FREE_TEXT".equals(q.type()))
                        .toList();
    }
}
