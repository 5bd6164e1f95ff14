package org.advisoryforum.gateway.web.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.answering.AnswerForm;
import org.advisoryforum.gateway.web.answering.FieldView;
import org.advisoryforum.gateway.web.editor.StaffConsultations;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.page.FormValues;
import org.advisoryforum.gateway.web.page.ProblemWords;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Staff record a response a member gave by phone, on paper, in easy read or through a supporter: every question on
 * one page, the answers checked by consultation-service, which marks the response as recorded on their behalf.
 * Such a response is never quoted by name: staff do not hold the member's choice of name.
 */
@Path("/staff/consultations/{id}/assisted")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class AssistedResponseResource {

    static final List<String> PROVENANCES = List.of("PHONE", "PAPER", "EASY_READ", "SUPPORTER");
    static final List<String> ATTRIBUTIONS = List.of("ANONYMOUS", "NONE");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assisted(
                ConsultationDetail consultation,
                List<ForumViews.Member> members,
                String memberId,
                String provenance,
                String attribution,
                List<String> provenances,
                List<String> attributions,
                List<FieldView> fields,
                FormErrors errors);

        static native TemplateInstance recorded(ConsultationDetail consultation);
    }

    private final StaffConsultations consultations;
    private final ForumClient forum;

    public AssistedResponseResource(StaffConsultations consultations, @RestClient ForumClient forum) {
        this.consultations = consultations;
        this.forum = forum;
    }

    @GET
    public Object form(@PathParam("id") String id) {
        ConsultationDetail consultation = consultations.read(id);
        if (!consultation.isOpen()) {
            return notOpen(consultation);
        }
        return render(consultation, "", "", "", Map.of(), new FormErrors(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object record(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultations.read(id);
        if (!consultation.isOpen()) {
            return notOpen(consultation);
        }
        String memberId = FormValues.value(form, "memberId");
        String provenance = FormValues.value(form, "provenance");
        String attribution = FormValues.value(form, "attribution");
        ObjectNode answers = AnswerForm.answers(consultation.questions(), form);
        FormErrors errors = new FormErrors();
        if (memberId.isEmpty()) {
            errors.add("memberId", "assisted_error_member");
        }
        if (!PROVENANCES.contains(provenance)) {
            errors.add("provenance", "assisted_error_provenance");
        }
        if (!ATTRIBUTIONS.contains(attribution)) {
            errors.add("attribution", "assisted_error_attribution");
        }
        Map<String, String> answerErrors = Map.of();
        if (errors.isEmpty()) {
            try {
                consultations
                        .client()
                        .recordAssisted(
                                consultation.id(),
                                new Requests.AssistedResponse(
                                        memberId,
                                        provenance,
                                        new Requests.AssistedResponse.Assisted(attribution, answers)));
                return Response.seeOther(URI.create("/staff/consultations/" + consultation.id() + "/assisted/recorded"))
                        .build();
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                if (refused.status() == 409 && !consultations.read(id).isOpen()) {
                    return notOpen(consultation);
                }
                answerErrors = serviceErrors(refused, consultation, errors);
            }
        }
        Map<String, JsonNode> given = new HashMap<>();
        answers.fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue()));
        return Response.status(400)
                .entity(render(consultation, memberId, provenance, attribution, given, errors, answerErrors))
                .build();
    }

    @GET
    @Path("recorded")
    public TemplateInstance recorded(@PathParam("id") String id) {
        return Templates.recorded(consultations.read(id));
    }

    /**
     * Adds what the service said to the page's errors and returns its complaint about each answer by question key.
     * A 409 while the consultation is still open means this member has already answered it.
     */
    private static Map<String, String> serviceErrors(
            ServiceRefusal refused, ConsultationDetail consultation, FormErrors errors) {
        Map<String, String> answerErrors = new HashMap<>();
        if (refused.status() == 409) {
            errors.add("memberId", "assisted_error_already_answered");
            return answerErrors;
        }
        refused.fields().forEach((field, code) -> {
            if (field.startsWith("answers.")) {
                String key = field.substring("answers.".length());
                answerErrors.put(key, code);
                String text = consultation.questions().stream()
                        .filter(q -> q.key().equals(key))
                        .map(Question::text)
                        .findFirst()
                        .orElse(key);
                errors.add(
                        "answer-" + key + "-0",
                        ProblemWords.missing(code) ? "assisted_error_required" : "assisted_error_invalid",
                        text);
            } else if (field.equals("memberId")) {
                errors.add("memberId", "assisted_error_member");
            } else if (field.equals("provenance")) {
                errors.add("provenance", "assisted_error_provenance");
            } else if (field.endsWith("attribution")) {
                errors.add("attribution", "assisted_error_attribution");
            } else {
                errors.add("memberId", "assisted_error_other");
            }
        });
        if (errors.isEmpty()) {
            errors.add("memberId", "assisted_error_other");
        }
        return answerErrors;
    }

    private TemplateInstance render(
            ConsultationDetail consultation,
            String memberId,
            String provenance,
            String attribution,
            Map<String, JsonNode> given,
            FormErrors errors,
            Map<String, String> answerErrors) {
        List<FieldView> fields = new ArrayList<>();
        for (Question q : consultation.questions()) {
            FieldView field = FieldView.of(q, given.get(q.key()), answerErrors.get(q.key()));
            if (q.showIf() != null) {
                String earlier = consultation.questions().stream()
                        .filter(e -> e.key().equals(q.showIf().question()))
                        .map(Question::text)
                        .findFirst()
                        .orElse(q.showIf().question());
                field = field.askedOnlyIf(earlier, q.showIf().equals());
            }
            fields.add(field);
        }
        return Templates.assisted(
                consultation, members(), memberId, provenance, attribution, PROVENANCES, ATTRIBUTIONS, fields, errors);
    }

    private List<ForumViews.Member> members() {
        List<ForumViews.Member> members;
        try {
            members = forum.members(null, null, null);
        } catch (ServiceRefusal refused) {
            return List.of();
        }
        // forum-service answers them by name, active members first
        return members.stream().filter(ForumViews.Member::active).toList();
    }

    private static Response notOpen(ConsultationDetail consultation) {
        return Response.seeOther(URI.create("/staff/consultations/" + consultation.id()))
                .build();
    }
}
