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
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.MemberApi;
import org.advisoryforum.gateway.client.MemberViews;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answering a consultation, one group of questions a page: every page saves (so the member can stop and come back on
 * any device), then a check-your-answers page with the attribution choice submits.
 */
@Path("/consultations/{id}/answer")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class AnswerResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questionPage(ConsultationDetail consultation, int pageNumber, int pageCount,
                                                    ConsultationDetail.Section section, List<FieldView> fields,
                                                    String comment, List<FieldView> errors);

        static native TemplateInstance check(ConsultationDetail consultation, List<CheckRow> rows, String attribution,
                                             boolean submitted, List<String> errors);

        static native TemplateInstance done(ConsultationDetail consultation, boolean withdrawn);

        static native TemplateInstance saved(ConsultationDetail consultation);
    }

    /** One line of the check-your-answers page. */
    public record CheckRow(String question, String answer, int page, String linkedFrom) {
    }

    private static final String FREE_TEXT = "FREE_TEXT";

    private final MemberApi api;
    private final PageContext page;
    private final Csrf csrf;

    public AnswerResource(MemberApi api, PageContext page, Csrf csrf) {
        this.api = api;
        this.page = page;
        this.csrf = csrf;
    }

    @GET
    public Response start(@PathParam("id") String id) {
        return Response.seeOther(URI.create("/consultations/" + PageResource.parse(id) + "/answer/1")).build();
    }

    @GET
    @Path("{n: \\d+}")
    public TemplateInstance show(@PathParam("id") String id, @PathParam("n") int n) {
        ConsultationDetail consultation = consultation(id);
        if (!consultation.isOpen()) {
            throw new ErrorPages.ConsultationClosed();
        }
        List<List<Question>> pages = QuestionPages.of(consultation);
        List<Question> questions = pageOf(pages, n);
        JsonNode response = myResponse(consultation.id());
        return render(consultation, pages.size(), n, questions, answers(response), links(response),
                comment(response, questions), Map.of());
    }

    @POST
    @Path("{n: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(@PathParam("id") String id, @PathParam("n") int n, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        ConsultationDetail consultation = consultation(id);
        List<List<Question>> pages = QuestionPages.of(consultation);
        List<Question> questions = pageOf(pages, n);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode answers = AnswerForm.answers(questions, form);
        Map<String, String> links = AnswerForm.links(questions, form);
        if (!links.isEmpty()) {
            ObjectNode linked = body.putObject("linkedAnswers");
            links.forEach((key, earlierId) -> {
                answers.remove(key);
                linked.put(key, earlierId);
            });
        }
        body.set("answers", answers);
        String section = questions.get(0).section();
        if (section != null) {
            String comment = form.getFirst("comment-" + section);
            body.putObject("sectionComments").put(section, comment == null ? "" : comment);
        }
        MemberApi.Reply reply = api.call("PUT", "/api/consultations/" + consultation.id() + "/responses/me", body);
        if (reply.status() == 400) {
            Map<String, String> errors = reply.fieldErrors();
            Map<String, JsonNode> given = new HashMap<>();
            answers.fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue()));
            String comment = section == null ? null : form.getFirst("comment-" + section);
            return Response.status(400).entity(render(consultation, pages.size(), n, questions, given, links, comment, errors))
                    .build();
        }
        requireOk(reply);
        if ("later".equals(form.getFirst("action"))) {
            return Templates.saved(consultation).setLocale(page.getLocale());
        }
        JsonNode response = reply.body();
        int next = nextShownPage(pages, n, answers(response));
        String target = next > pages.size() ? "check" : Integer.toString(next);
        return Response.seeOther(URI.create("/consultations/" + consultation.id() + "/answer/" + target)).build();
    }

    @GET
    @Path("check")
    public TemplateInstance check(@PathParam("id") String id) {
        ConsultationDetail consultation = consultation(id);
        JsonNode response = myResponse(consultation.id());
        return checkPage(consultation, response, List.of());
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object submit(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        ConsultationDetail consultation = consultation(id);
        String path = "/api/consultations/" + consultation.id() + "/responses/me";
        String attribution = form.getFirst("attribution");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (attribution != null) {
            body.put("attribution", attribution);
        }
        MemberApi.Reply saved = api.call("PUT", path, body);
        if (saved.status() == 409 && "named_without_consent".equals(saved.body().path("code").asText())) {
            // quoting by name follows the member's consent in their forum profile
            return Response.status(409).entity(checkPage(consultation, myResponse(consultation.id()),
                    List.of("attribution"))).build();
        }
        if (saved.status() == 400) {
            return Response.status(400).entity(checkPage(consultation, myResponse(consultation.id()),
                    List.copyOf(saved.fieldErrors().keySet()))).build();
        }
        requireOk(saved);
        if (!"SUBMITTED".equals(saved.body().path("status").asText())) {
            MemberApi.Reply submitted = api.call("POST", path + "/submit", null);
            if (submitted.status() == 400) {
                return Response.status(400).entity(checkPage(consultation, saved.body(),
                        List.copyOf(submitted.fieldErrors().keySet()))).build();
            }
            requireOk(submitted);
        }
        return Templates.done(consultation, false).setLocale(page.getLocale());
    }

    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance withdraw(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        csrf.verify(form.getFirst("csrf"));
        ConsultationDetail consultation = consultation(id);
        requireOk(api.call("DELETE", "/api/consultations/" + consultation.id() + "/responses/me", null));
        return Templates.done(consultation, true).setLocale(page.getLocale());
    }

    private TemplateInstance checkPage(ConsultationDetail consultation, JsonNode response, List<String> errors) {
        List<List<Question>> pages = QuestionPages.of(consultation);
        Map<String, JsonNode> given = answers(response);
        Map<String, String> links = links(response);
        Map<String, MemberViews.EarlierAnswer> earlier = new HashMap<>();
        if (!links.isEmpty()) {
            earlierAnswers(consultation.id()).forEach(e -> earlier.put(e.answerId().toString(), e));
        }
        List<CheckRow> rows = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            for (Question question : pages.get(i)) {
                if (shown(question, given)) {
                    MemberViews.EarlierAnswer linked = earlier.get(links.get(question.key()));
                    rows.add(linked == null
                            ? new CheckRow(question.text(), AnswerForm.text(given.get(question.key())), i + 1, null)
                            : new CheckRow(question.text(), linked.text(), i + 1, linked.consultationTitle()));
                }
            }
        }
        String attribution = response == null ? "NONE" : response.path("attribution").asText("NONE");
        boolean submitted = response != null && "SUBMITTED".equals(response.path("status").asText());
        return Templates.check(consultation, rows, attribution, submitted, errors).setLocale(page.getLocale());
    }

    private TemplateInstance render(ConsultationDetail consultation, int pageCount, int n, List<Question> questions,
                                    Map<String, JsonNode> given, Map<String, String> links, String comment,
                                    Map<String, String> errors) {
        List<MemberViews.EarlierAnswer> earlier = questions.stream().anyMatch(q -> FREE_TEXT.equals(q.type()))
                ? earlierAnswers(consultation.id()) : List.of();
        List<FieldView> fields = new ArrayList<>();
        for (Question q : questions) {
            List<FieldView.Earlier> mine = FREE_TEXT.equals(q.type()) ? earlier.stream()
                    .map(e -> new FieldView.Earlier(e.answerId().toString(), e.consultationTitle(), e.questionText(),
                            e.text(), e.answerId().toString().equals(links.get(q.key())))).toList() : List.of();
            fields.add(FieldView.of(q, given.get(q.key()),
                    errors.getOrDefault("answers." + q.key(), errors.get("linkedAnswers." + q.key()))).withEarlier(mine));
        }
        ConsultationDetail.Section section = questions.get(0).section() == null ? null
                : consultation.section(questions.get(0).section());
        return Templates.questionPage(consultation, n, pageCount, section, fields, comment == null ? "" : comment,
                fields.stream().filter(FieldView::hasError).toList()).setLocale(page.getLocale());
    }

    private int nextShownPage(List<List<Question>> pages, int current, Map<String, JsonNode> given) {
        int next = current + 1;
        while (next <= pages.size() && pages.get(next - 1).stream().noneMatch(q -> shown(q, given))) {
            next++;
        }
        return next;
    }

    private static boolean shown(Question question, Map<String, JsonNode> given) {
        return question.showIf() == null
                || AnswerForm.contains(given.get(question.showIf().question()), question.showIf().equals());
    }

    private ConsultationDetail consultation(String id) {
        UUID consultationId = PageResource.parse(id);
        MemberApi.Reply reply = api.call("GET", "/api/consultations/" + consultationId, null);
        if (reply.status() == 404) {
            throw new NotFoundException();
        }
        requireOk(reply);
        return api.read(reply.body(), ConsultationDetail.class);
    }

    private JsonNode myResponse(UUID consultationId) {
        MemberApi.Reply reply = api.call("GET", "/api/consultations/" + consultationId + "/responses/me", null);
        return reply.status() == 404 ? null : requireOk(reply).body();
    }

    /** The member's earlier free-text answers from other consultations; none if the service cannot say. */
    private List<MemberViews.EarlierAnswer> earlierAnswers(UUID consultationId) {
        MemberApi.Reply reply = api.call("GET", "/api/consultations/my-answers", null);
        if (!reply.ok()) {
            return List.of();
        }
        return Arrays.stream(api.read(reply.body(), MemberViews.EarlierAnswer[].class))
                .filter(e -> !consultationId.equals(e.consultationId()) && !e.text().isBlank()).toList();
    }

    /** Question key to the id of the earlier answer linked to it. */
    private static Map<String, String> links(JsonNode response) {
        Map<String, String> links = new HashMap<>();
        if (response != null) {
            response.path("answers").forEach(a -> {
                if (a.hasNonNull("linkedAnswerId")) {
                    links.put(a.path("questionKey").asText(), a.path("linkedAnswerId").asText());
                }
            });
        }
        return links;
    }

    private static List<Question> pageOf(List<List<Question>> pages, int n) {
        if (n < 1 || n > pages.size()) {
            throw new NotFoundException();
        }
        return pages.get(n - 1);
    }

    private static Map<String, JsonNode> answers(JsonNode response) {
        Map<String, JsonNode> given = new HashMap<>();
        if (response != null) {
            response.path("answers").forEach(a -> given.put(a.path("questionKey").asText(), a.path("value")));
        }
        return given;
    }

    private static String comment(JsonNode response, List<Question> questions) {
        String section = questions.get(0).section();
        if (response == null || section == null) {
            return "";
        }
        for (JsonNode c : response.path("sectionComments")) {
            if (section.equals(c.path("sectionKey").asText())) {
                return c.path("text").asText("");
            }
        }
        return "";
    }

    /** Anything but success here is the service refusing: 409 means the consultation has closed, else a 403 page. */
    private static MemberApi.Reply requireOk(MemberApi.Reply reply) {
        if (reply.status() == 404) {
            throw new NotFoundException();
        }
        if (reply.status() == 409) {
            throw new ErrorPages.ConsultationClosed();
        }
        if (!reply.ok()) {
            throw new jakarta.ws.rs.ForbiddenException("the service refused: " + reply.status());
        }
        return reply;
    }
}
