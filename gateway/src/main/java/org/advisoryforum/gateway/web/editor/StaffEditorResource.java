package org.advisoryforum.gateway.web.editor;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.ConsultationDetail.Section;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.FormErrors;
import org.advisoryforum.gateway.web.page.FormValues;
import org.advisoryforum.gateway.web.pages.PageResource;

/**
 * Staff edit a draft consultation: its details, its sections and its questions, each on a small form of its own,
 * then publish it. Every change sends the whole list of sections or questions in one call, so a refused change
 * leaves the draft exactly as it was.
 */
@Path("/staff/consultations/{id}/edit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffEditorResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(ConsultationDetail consultation);

        static native TemplateInstance details(
                ConsultationDetail consultation, ConsultationForm form, FormErrors errors);

        static native TemplateInstance section(
                ConsultationDetail consultation, String key, String heading, String text, FormErrors errors);

        static native TemplateInstance question(
                ConsultationDetail consultation,
                String key,
                QuestionForm form,
                List<Question> earlier,
                List<String> types,
                FormErrors errors);

        static native TemplateInstance remove(
                ConsultationDetail consultation, String kind, String key, String label, FormErrors errors);

        static native TemplateInstance publish(ConsultationDetail consultation, boolean opensNow, FormErrors errors);
    }

    private final StaffConsultations consultations;
    private final ConsultationsClient client;

    public StaffEditorResource(StaffConsultations consultations) {
        this.consultations = consultations;
        this.client = consultations.client();
    }

    @GET
    public Object edit(@PathParam("id") String id) {
        ConsultationDetail consultation = draft(id);
        return consultation == null ? published(id) : Templates.edit(consultation);
    }

    @GET
    @Path("details")
    public Object detailsForm(@PathParam("id") String id) {
        ConsultationDetail consultation = draft(id);
        return consultation == null
                ? published(id)
                : details(consultation, ConsultationForm.of(consultation), new FormErrors());
    }

    @POST
    @Path("details")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object saveDetails(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        ConsultationDetail consultation = consultations.read(id);
        ConsultationForm form = ConsultationForm.from(posted);
        FormErrors errors = form.check();
        if (errors.isEmpty()) {
            try {
                client.update(consultation.id(), form.toDetails());
                return backToEditor(consultation);
            } catch (ServiceRefusal refused) {
                StaffConsultations.requireFormProblem(refused);
                errors = ConsultationForm.errors(refused);
            }
        }
        return Response.status(400).entity(details(consultation, form, errors)).build();
    }

    @GET
    @Path("new-section")
    public Object newSectionForm(@PathParam("id") String id) {
        ConsultationDetail consultation = draft(id);
        return consultation == null ? published(id) : section(consultation, null, "", "", new FormErrors());
    }

    @POST
    @Path("new-section")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addSection(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultations.read(id);
        String heading = FormValues.value(form, "heading");
        String text = FormValues.value(form, "text");
        String key = SectionKeys.fromHeading(
                heading, consultation.sections().stream().map(Section::key).toList());
        List<Section> sections = new ArrayList<>(consultation.sections());
        sections.add(new Section(key, heading, text));
        return saveSection(consultation, null, heading, text, sections);
    }

    @GET
    @Path("sections/{key}")
    public Object sectionForm(@PathParam("id") String id, @PathParam("key") String key) {
        ConsultationDetail consultation = draft(id);
        if (consultation == null) {
            return published(id);
        }
        Section section = sectionOf(consultation, key);
        return section(consultation, key, section.heading(), section.text(), new FormErrors());
    }

    @POST
    @Path("sections/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object changeSection(
            @PathParam("id") String id, @PathParam("key") String key, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultations.read(id);
        sectionOf(consultation, key);
        String heading = FormValues.value(form, "heading");
        String text = FormValues.value(form, "text");
        List<Section> sections =
                replace(consultation.sections(), Section::key, key, s -> new Section(key, heading, text));
        return saveSection(consultation, key, heading, text, sections);
    }

    @GET
    @Path("sections/{key}/remove")
    public Object removeSectionForm(@PathParam("id") String id, @PathParam("key") String key) {
        ConsultationDetail consultation = draft(id);
        return consultation == null
                ? published(id)
                : remove(
                        consultation,
                        "section",
                        key,
                        sectionOf(consultation, key).heading(),
                        new FormErrors());
    }

    /**
     * Sends the draft without this section; consultation-service decides whether it may go. Its refusals are worded by
     * code: {@code section_in_use} (questions belong to it: they would point at nothing) and {@code not_empty} (a draft
     * needs a section), both on {@code sections}.
     */
    @POST
    @Path("sections/{key}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object removeSection(
            @PathParam("id") String id, @PathParam("key") String key, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultations.read(id);
        Section section = sectionOf(consultation, key);
        List<Section> rest = consultation.sections().stream()
                .filter(s -> !s.key().equals(key))
                .toList();
        FormErrors errors = new FormErrors();
        try {
            client.replaceSections(consultation.id(), new Requests.DraftSections(rest));
            return backToEditor(consultation);
        } catch (ServiceRefusal refused) {
            StaffConsultations.requireFormProblem(refused);
            errors.add("confirm", sectionsRefusal(refused.fields().get("sections")));
        }
        return Response.status(400)
                .entity(remove(consultation, "section", key, section.heading(), errors))
                .build();
    }

    /** The words for consultation-service's refusal of a draft's sections as a whole. */
    static String sectionsRefusal(String code) {
        if (SECTION_IN_USE.equals(code)) {
            return "editor_error_section_in_use";
        }
        return "not_empty".equals(code) ? "editor_error_last_section" : "editor_error_other";
    }

    /** consultation-service's code for a section that questions belong to. */
    static final String SECTION_IN_USE = "section_in_use";
    /** consultation-service's code for a condition ("ask only if") naming no earlier question. */
    static final String NOT_AN_EARLIER_QUESTION = "not_an_earlier_question";

    @GET
    @Path("new-question")
    public Object newQuestionForm(@PathParam("id") String id) {
        ConsultationDetail consultation = draft(id);
        return consultation == null
                ? published(id)
                : question(consultation, null, QuestionForm.empty(), consultation.questions(), new FormErrors());
    }

    @POST
    @Path("new-question")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object addQuestion(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        ConsultationDetail consultation = consultations.read(id);
        QuestionForm form = QuestionForm.from(posted);
        FormErrors errors = form.check();
        if (errors.isEmpty()) {
            List<Question> questions = new ArrayList<>(consultation.questions());
            questions.add(form.toQuestion(SectionKeys.nextQuestion(
                    questions.stream().map(Question::key).toList())));
            errors = saveQuestions(consultation, questions);
            if (errors.isEmpty()) {
                return backToEditor(consultation);
            }
        }
        return Response.status(400)
                .entity(question(consultation, null, form, consultation.questions(), errors))
                .build();
    }

    @GET
    @Path("questions/{key}")
    public Object questionForm(@PathParam("id") String id, @PathParam("key") String key) {
        ConsultationDetail consultation = draft(id);
        return consultation == null
                ? published(id)
                : question(
                        consultation,
                        key,
                        QuestionForm.of(questionOf(consultation, key)),
                        earlier(consultation, key),
                        new FormErrors());
    }

    @POST
    @Path("questions/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object changeQuestion(
            @PathParam("id") String id, @PathParam("key") String key, MultivaluedMap<String, String> posted) {
        ConsultationDetail consultation = consultations.read(id);
        questionOf(consultation, key);
        QuestionForm form = QuestionForm.from(posted);
        FormErrors errors = form.check();
        if (errors.isEmpty()) {
            errors = saveQuestions(
                    consultation, replace(consultation.questions(), Question::key, key, q -> form.toQuestion(key)));
            if (errors.isEmpty()) {
                return backToEditor(consultation);
            }
        }
        return Response.status(400)
                .entity(question(consultation, key, form, earlier(consultation, key), errors))
                .build();
    }

    @GET
    @Path("questions/{key}/remove")
    public Object removeQuestionForm(@PathParam("id") String id, @PathParam("key") String key) {
        ConsultationDetail consultation = draft(id);
        return consultation == null
                ? published(id)
                : remove(
                        consultation,
                        "question",
                        key,
                        questionOf(consultation, key).text(),
                        new FormErrors());
    }

    /**
     * Sends the questions without this one; consultation-service decides. A question that another one depends on
     * ("ask only if …") stays until that condition is changed: the service names the other's condition,
     * {@code questions[n].showIf.question}, with {@code not_an_earlier_question}.
     */
    @POST
    @Path("questions/{key}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object removeQuestion(
            @PathParam("id") String id, @PathParam("key") String key, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultations.read(id);
        Question question = questionOf(consultation, key);
        FormErrors errors = new FormErrors();
        try {
            client.replaceQuestions(
                    consultation.id(),
                    new Requests.DraftQuestions(consultation.questions().stream()
                            .filter(q -> !q.key().equals(key))
                            .toList()));
            return backToEditor(consultation);
        } catch (ServiceRefusal refused) {
            StaffConsultations.requireFormProblem(refused);
            boolean depended = refused.fields().entrySet().stream()
                    .anyMatch(e ->
                            e.getKey().endsWith(".showIf.question") && NOT_AN_EARLIER_QUESTION.equals(e.getValue()));
            errors.add("confirm", depended ? "editor_error_question_in_use" : "editor_error_other");
        }
        return Response.status(400)
                .entity(remove(consultation, "question", key, question.text(), errors))
                .build();
    }

    @GET
    @Path("publish")
    public Object publishForm(@PathParam("id") String id) {
        ConsultationDetail consultation = draft(id);
        return consultation == null ? published(id) : publish(consultation, new FormErrors());
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object publish(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultations.read(id);
        ServiceRefusal refused;
        try {
            client.publish(consultation.id());
            return Response.seeOther(URI.create("/staff/consultations/" + consultation.id()))
                    .build();
        } catch (ServiceRefusal e) {
            StaffConsultations.requireFormProblem(e);
            refused = e;
        }
        FormErrors errors = new FormErrors();
        refused.fields()
                .keySet()
                .forEach(field -> errors.add(
                        "publish",
                        switch (field) {
                            case "plainLanguageSummary" -> "editor_error_publish_plain";
                            case "closesAt" -> "editor_error_publish_closes";
                            default -> "editor_error_other";
                        }));
        if (errors.isEmpty()) {
            errors.add("publish", "editor_error_other");
        }
        return Response.status(400).entity(publish(consultation, errors)).build();
    }

    private Object saveSection(
            ConsultationDetail consultation, String key, String heading, String text, List<Section> sections) {
        ServiceRefusal refused;
        try {
            client.replaceSections(consultation.id(), new Requests.DraftSections(sections));
            return backToEditor(consultation);
        } catch (ServiceRefusal e) {
            StaffConsultations.requireFormProblem(e);
            refused = e;
        }
        FormErrors errors = new FormErrors();
        refused.fields().forEach((field, code) -> {
            if (field.equals("sections")) {
                errors.add("heading", sectionsRefusal(code));
            } else if (field.endsWith(".text")) {
                errors.add("text", "editor_error_section_text");
            } else if (field.endsWith(".heading") || field.endsWith(".key")) {
                errors.add("heading", "editor_error_heading");
            } else {
                errors.add("heading", "editor_error_other");
            }
        });
        if (errors.isEmpty()) {
            errors.add("heading", "editor_error_other");
        }
        return Response.status(400)
                .entity(section(consultation, key, heading, text, errors))
                .build();
    }

    /** @return nothing when the service took the questions, else what to show on the question form. */
    private FormErrors saveQuestions(ConsultationDetail consultation, List<Question> questions) {
        try {
            client.replaceQuestions(consultation.id(), new Requests.DraftQuestions(questions));
            return new FormErrors();
        } catch (ServiceRefusal refused) {
            StaffConsultations.requireFormProblem(refused);
            return QuestionForm.errors(refused);
        }
    }

    /** The draft, or null when it has been published and can no longer be edited here. */
    private ConsultationDetail draft(String id) {
        ConsultationDetail consultation = consultations.read(id);
        return consultation.isDraft() ? consultation : null;
    }

    private static Response published(String id) {
        return Response.seeOther(URI.create("/staff/consultations/" + PageResource.parse(id)))
                .build();
    }

    private static Response backToEditor(ConsultationDetail consultation) {
        return Response.seeOther(URI.create("/staff/consultations/" + consultation.id() + "/edit"))
                .build();
    }

    private static Section sectionOf(ConsultationDetail consultation, String key) {
        return consultation.sections().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static Question questionOf(ConsultationDetail consultation, String key) {
        return consultation.questions().stream()
                .filter(q -> q.key().equals(key))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The questions before this one: only those can decide whether it is asked. */
    private static List<Question> earlier(ConsultationDetail consultation, String key) {
        List<Question> earlier = new ArrayList<>();
        for (Question q : consultation.questions()) {
            if (q.key().equals(key)) {
                break;
            }
            earlier.add(q);
        }
        return earlier;
    }

    private static <T> List<T> replace(List<T> items, Function<T, String> keyOf, String key, UnaryOperator<T> change) {
        return items.stream()
                .map(item -> keyOf.apply(item).equals(key) ? change.apply(item) : item)
                .toList();
    }

    private TemplateInstance details(ConsultationDetail consultation, ConsultationForm form, FormErrors errors) {
        return Templates.details(consultation, form, errors);
    }

    private TemplateInstance section(
            ConsultationDetail consultation, String key, String heading, String text, FormErrors errors) {
        return Templates.section(consultation, key, heading, text, errors);
    }

    private TemplateInstance question(
            ConsultationDetail consultation, String key, QuestionForm form, List<Question> earlier, FormErrors errors) {
        return Templates.question(consultation, key, form, earlier, QuestionForm.TYPES, errors);
    }

    private TemplateInstance remove(
            ConsultationDetail consultation, String kind, String key, String label, FormErrors errors) {
        return Templates.remove(consultation, kind, key, label, errors);
    }

    private TemplateInstance publish(ConsultationDetail consultation, FormErrors errors) {
        boolean opensNow =
                consultation.opensAt() == null || !consultation.opensAt().isAfter(Instant.now());
        return Templates.publish(consultation, opensNow, errors);
    }
}
