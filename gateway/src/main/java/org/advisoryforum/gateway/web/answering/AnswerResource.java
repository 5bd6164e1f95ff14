package org.advisoryforum.gateway.web.answering;

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
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.ConsultationsClient;
import org.advisoryforum.gateway.client.ForumClient;
import org.advisoryforum.gateway.client.ForumViews;
import org.advisoryforum.gateway.client.MemberViews;
import org.advisoryforum.gateway.client.MyResponse;
import org.advisoryforum.gateway.client.Requests;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.web.page.ErrorPages;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

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
        static native TemplateInstance questionPage(
                ConsultationDetail consultation,
                int pageNumber,
                int pageCount,
                List<QuestionGroup> groups,
                List<FieldView> errors,
                String back,
                boolean returnToCheck);

        static native TemplateInstance check(
                ConsultationDetail consultation,
                List<CheckAnswers.Row> rows,
                List<CheckAnswers.Row> missing,
                String attribution,
                boolean submitted,
                boolean attributionRefused);

        static native TemplateInstance done(ConsultationDetail consultation, boolean withdrawn);

        static native TemplateInstance saved(ConsultationDetail consultation);

        static native TemplateInstance withdraw(ConsultationDetail consultation);

        static native TemplateInstance nothingToWithdraw(ConsultationDetail consultation, boolean alreadyWithdrawn);
    }

    /** One draft section's questions on a page, under its heading and text, with the member's comment on it. */
    public record QuestionGroup(ConsultationDetail.Section section, List<FieldView> fields, String comment) {}

    /** The hidden field and query parameter that bring a member who pressed "Change" back to check answers. */
    private static final String RETURN = "return";

    private static final String TO_CHECK = "check";

    private static final String FREE_TEXT = "FREE_TEXT";

    private final ConsultationsClient consultations;
    private final ForumClient forum;

    public AnswerResource(@RestClient ConsultationsClient consultations, @RestClient ForumClient forum) {
        this.consultations = consultations;
        this.forum = forum;
    }

    @GET
    public Response start(@PathParam("id") String id) {
        return Response.seeOther(URI.create("/consultations/" + PageResource.parse(id) + "/answer/1"))
                .build();
    }

    @GET
    @Path("{n: \\d+}")
    public TemplateInstance show(
            @PathParam("id") String id, @PathParam("n") int n, @jakarta.ws.rs.QueryParam(RETURN) String returnTo) {
        ConsultationDetail consultation = consultation(id);
        if (!consultation.isOpen()) {
            throw new ErrorPages.ConsultationClosed();
        }
        MyResponse response = myResponse(consultation.id());
        QuestionFlow flow = QuestionFlow.of(QuestionPages.of(consultation), consultation, response);
        List<Question> questions = flow.page(n);
        Map<String, String> comments = new HashMap<>();
        QuestionFlow.sectionsOf(questions)
                .forEach(key -> comments.put(key, response == null ? "" : response.comment(key)));
        return render(
                consultation,
                flow,
                n,
                questions,
                given(response),
                links(response),
                comments,
                Map.of(),
                TO_CHECK.equals(returnTo));
    }

    @POST
    @Path("{n: \\d+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object save(@PathParam("id") String id, @PathParam("n") int n, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultation(id);
        List<List<Question>> pages = QuestionPages.of(consultation);
        List<Question> questions = QuestionFlow.of(pages, consultation, null).page(n);
        // sent as posted: consultation-service keeps no answer to a question asked only after an answer not given
        ObjectNode answers = AnswerForm.answers(questions, form);
        Map<String, String> links = AnswerForm.links(questions, form);
        links.keySet().forEach(answers::remove);
        Map<String, String> comments = new HashMap<>();
        QuestionFlow.sectionsOf(questions).forEach(key -> {
            String comment = form.getFirst("comment-" + key);
            comments.put(key, comment == null ? "" : comment);
        });
        boolean returning = TO_CHECK.equals(form.getFirst(RETURN));
        MyResponse saved;
        try {
            saved = answering(() -> consultations.saveMyResponse(
                    consultation.id(),
                    new Requests.ResponseUpdate(
                            answers, links.isEmpty() ? null : links, comments.isEmpty() ? null : comments, null)));
        } catch (ServiceRefusal refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            Map<String, JsonNode> given = new HashMap<>();
            answers.fields().forEachRemaining(e -> given.put(e.getKey(), e.getValue()));
            // nothing was saved: the questions asked are those of the response as it was, showing what was typed
            QuestionFlow flow = QuestionFlow.of(pages, consultation, myResponse(consultation.id()))
                    .showing(given);
            return Response.status(400)
                    .entity(render(
                            consultation, flow, n, questions, given, links, comments, refused.fields(), returning))
                    .build();
        }
        if ("later".equals(form.getFirst("action"))) {
            return Templates.saved(consultation);
        }
        // a required question is asked for on its own page, not first at check answers; what was typed is saved
        QuestionFlow flow = QuestionFlow.of(pages, consultation, saved);
        Map<String, String> unanswered = flow.unansweredRequired(questions, links(saved));
        if (!unanswered.isEmpty()) {
            return Response.status(400)
                    .entity(render(
                            consultation,
                            flow,
                            n,
                            questions,
                            given(saved),
                            links(saved),
                            comments,
                            unanswered,
                            returning))
                    .build();
        }
        if (returning) {
            return Response.seeOther(URI.create("/consultations/" + consultation.id() + "/answer/check"))
                    .build();
        }
        int next = flow.next(n);
        String target = next > flow.pageCount() ? "check" : Integer.toString(next);
        return Response.seeOther(URI.create("/consultations/" + consultation.id() + "/answer/" + target))
                .build();
    }

    @GET
    @Path("check")
    public TemplateInstance check(@PathParam("id") String id) {
        ConsultationDetail consultation = consultation(id);
        return checkPage(consultation, myResponse(consultation.id()), false);
    }

    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object submit(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultation(id);
        String attribution = form.getFirst("attribution");
        MyResponse saved;
        try {
            saved = consultations.saveMyResponse(
                    consultation.id(), new Requests.ResponseUpdate(null, null, null, attribution));
        } catch (ServiceRefusal refused) {
            if (refused.is(409, "named_without_consent")) {
                // quoting by name follows the member's consent in their forum profile
                return Response.status(409)
                        .entity(checkPage(consultation, myResponse(consultation.id()), true))
                        .build();
            }
            return answerRefused(consultation, refused, myResponse(consultation.id()));
        }
        if (!saved.submitted()) {
            try {
                consultations.submitMyResponse(consultation.id());
            } catch (ServiceRefusal refused) {
                return answerRefused(consultation, refused, saved);
            }
        }
        // Post/Redirect/Get: the confirmation has its own address, so a reload does not send the answers again
        return Response.seeOther(URI.create("/consultations/" + consultation.id() + "/answer/sent"))
                .build();
    }

    /** The confirmation, with what happens next; only once the answers have been sent. */
    @GET
    @Path("sent")
    public Object sent(@PathParam("id") String id) {
        ConsultationDetail consultation = consultation(id);
        MyResponse response = myResponse(consultation.id());
        if (response == null || !response.submitted()) {
            return Response.seeOther(URI.create("/consultations/" + consultation.id() + "/answer/check"))
                    .build();
        }
        return Templates.done(consultation, false);
    }

    /** "Are you sure?": offered only when there is something to withdraw; otherwise the page says there is not. */
    @GET
    @Path("withdraw")
    public Object confirmWithdraw(@PathParam("id") String id) {
        ConsultationDetail consultation = consultation(id);
        if (!consultation.isOpen()) {
            throw new ErrorPages.ConsultationClosed();
        }
        MyResponse response = myResponse(consultation.id());
        if (response == null || !response.withdrawable()) {
            return nothingToWithdraw(consultation, response);
        }
        return Templates.withdraw(consultation);
    }

    /** Withdraws, then says so; a second withdraw (the back button, a second press) says it was already done. */
    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object withdraw(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        ConsultationDetail consultation = consultation(id);
        try {
            answering(() -> {
                consultations.withdrawMyResponse(consultation.id());
                return null;
            });
        } catch (ServiceRefusal refused) {
            if (refused.status() != 404) {
                throw refused;
            }
            return nothingToWithdraw(consultation, myResponse(consultation.id()));
        }
        return Templates.done(consultation, true);
    }

    /** 409: the member's response is not in a state to withdraw, said in words rather than as "Page not found". */
    private static Response nothingToWithdraw(ConsultationDetail consultation, MyResponse response) {
        boolean already =
                response != null && response.status() == org.advisoryforum.gateway.client.ResponseStatus.WITHDRAWN;
        return Response.status(409)
                .entity(Templates.nothingToWithdraw(consultation, already))
                .build();
    }

    /** Bad answers go back to the check page, naming the questions; a 409 here means the consultation has closed. */
    private Response answerRefused(ConsultationDetail consultation, ServiceRefusal refused, MyResponse response) {
        if (refused.status() != 400) {
            throw refused.status() == 409 ? new ErrorPages.ConsultationClosed() : refused;
        }
        return Response.status(400)
                .entity(checkPage(consultation, response, false))
                .build();
    }

    /** A save the service refuses with 409 is a consultation that closed meanwhile; bad answers (400) return. */
    private static <T> T answering(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ServiceRefusal refused) {
            if (refused.status() == 409) {
                throw new ErrorPages.ConsultationClosed();
            }
            throw refused;
        }
    }

    private TemplateInstance checkPage(
            ConsultationDetail consultation, MyResponse response, boolean attributionRefused) {
        List<List<Question>> pages = QuestionPages.of(consultation);
        Map<String, JsonNode> given = given(response);
        Map<String, String> links = links(response);
        Map<String, MemberViews.EarlierAnswer> earlier = new HashMap<>();
        if (!links.isEmpty()) {
            earlierAnswers(consultation.id())
                    .forEach(e -> earlier.put(e.answerId().toString(), e));
        }
        QuestionFlow flow = QuestionFlow.of(pages, consultation, response);
        List<CheckAnswers.Row> rows = CheckAnswers.rows(
                consultation,
                pages,
                flow::asked,
                given,
                links,
                earlier,
                key -> response == null ? "" : response.comment(key));
        boolean submitted = response != null && response.submitted();
        String attribution = submitted && response.attribution() != null
                ? response.attribution()
                : consentedQuoting()
                        .orElse(response == null || response.attribution() == null ? "NONE" : response.attribution());
        return Templates.check(
                consultation,
                rows,
                rows.stream().filter(CheckAnswers.Row::missing).toList(),
                attribution,
                submitted,
                attributionRefused);
    }

    /**
     * {@code errors}: the service's field ({@code answers.q1}, {@code linkedAnswers.q1}) to the code of its problem.
     * A question whose condition is on an earlier page is left out when that answer did not call for it; one whose
     * condition is on this page says when to answer it.
     */
    private TemplateInstance render(
            ConsultationDetail consultation,
            QuestionFlow flow,
            int n,
            List<Question> questions,
            Map<String, JsonNode> given,
            Map<String, String> links,
            Map<String, String> comments,
            Map<String, String> errors,
            boolean returnToCheck) {
        List<MemberViews.EarlierAnswer> earlier = questions.stream().anyMatch(q -> FREE_TEXT.equals(q.type()))
                ? earlierAnswers(consultation.id())
                : List.of();
        List<QuestionGroup> groups = new ArrayList<>();
        List<FieldView> all = new ArrayList<>();
        for (List<Question> section : QuestionPages.sections(questions)) {
            List<FieldView> fields = new ArrayList<>();
            for (Question q : section) {
                Question condition = q.showIf() == null
                        ? null
                        : consultation.question(q.showIf().question());
                boolean conditionHere = condition != null && questions.contains(condition);
                if (q.showIf() != null && !conditionHere && !flow.asked(q)) {
                    continue;
                }
                List<FieldView.Earlier> mine = FREE_TEXT.equals(q.type())
                        ? earlier.stream()
                                .map(e -> new FieldView.Earlier(
                                        e.answerId().toString(),
                                        e.consultationTitle(),
                                        e.questionText(),
                                        e.text(),
                                        e.answerId().toString().equals(links.get(q.key()))))
                                .toList()
                        : List.of();
                FieldView field = FieldView.of(
                                q,
                                given.get(q.key()),
                                errors.getOrDefault("answers." + q.key(), errors.get("linkedAnswers." + q.key())))
                        .withEarlier(mine);
                fields.add(
                        conditionHere
                                ? field.askedOnlyIf(condition.text(), q.showIf().equals())
                                : field);
            }
            String key = section.get(0).section();
            if (!fields.isEmpty() || key != null) {
                groups.add(new QuestionGroup(
                        key == null ? null : consultation.section(key),
                        fields,
                        key == null ? "" : comments.getOrDefault(key, "")));
            }
            all.addAll(fields);
        }
        String back = returnToCheck
                ? "/consultations/" + consultation.id() + "/answer/check"
                : flow.previous(n)
                        .map(p -> "/consultations/" + consultation.id() + "/answer/" + p)
                        .orElse("/consultations/" + consultation.id());
        return Templates.questionPage(
                consultation,
                n,
                flow.pageCount(),
                groups,
                all.stream().filter(FieldView::hasError).toList(),
                back,
                returnToCheck);
    }

    private ConsultationDetail consultation(String id) {
        return consultations.consultation(PageResource.parse(id));
    }

    /** The member's response so far; null before their first save. */
    private MyResponse myResponse(UUID consultationId) {
        try {
            return consultations.myResponse(consultationId);
        } catch (ServiceRefusal refused) {
            if (refused.status() == 404) {
                return null;
            }
            throw refused;
        }
    }

    /** The member's earlier free-text answers from other consultations; none if the service refuses to say. */
    private List<MemberViews.EarlierAnswer> earlierAnswers(UUID consultationId) {
        try {
            return consultations.myEarlierAnswers().stream()
                    .filter(e -> !consultationId.equals(e.consultationId())
                            && !e.text().isBlank())
                    .toList();
        } catch (ServiceRefusal refused) {
            return List.of();
        }
    }

    /**
     * How the member said in their account they may be quoted: what check answers offers first for answers not yet
     * sent, so the two pages never disagree; empty when forum-service cannot say.
     */
    private java.util.Optional<String> consentedQuoting() {
        try {
            ForumViews.ConsentHistory consents = forum.myConsents();
            return java.util.Optional.ofNullable(
                    consents == null || consents.current() == null
                            ? null
                            : consents.current().quote());
        } catch (ServiceRefusal | org.advisoryforum.gateway.client.ServiceUnavailable e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, JsonNode> given(MyResponse response) {
        return response == null ? Map.of() : response.given();
    }

    private static Map<String, String> links(MyResponse response) {
        return response == null ? Map.of() : response.links();
    }
}
