package org.advisoryforum.gateway.web.difference;

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
import java.util.List;
import java.util.UUID;
import org.advisoryforum.gateway.client.DifferenceViews;
import org.advisoryforum.gateway.client.ServiceRefusal;
import org.advisoryforum.gateway.client.TrackingClient;
import org.advisoryforum.gateway.web.pages.PageResource;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * "Did it make a difference?": a member behind an action whose review date has come answers it (three answers and an
 * optional comment for staff), from the link in their inbox. tracking decides who may answer and when.
 */
@Path("/account/difference")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("member")
public class DifferenceResource {

    static final List<String> ANSWERS = List.of("MADE_A_DIFFERENCE", "SOME_DIFFERENCE", "NO_DIFFERENCE");
    static final int COMMENT_LIMIT = 2000;

    /** What the member chose, and after a refusal the DifferenceMsg key that says why (else null). */
    public record AnswerForm(String answer, String comment, String error) {
        public boolean hasError() {
            return error != null;
        }

        public boolean commentError() {
            return "df_error_comment".equals(error);
        }

        public boolean answerError() {
            return "df_error_answer".equals(error);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance question(
                DifferenceViews.Mine mine, AnswerForm form, List<String> answers, boolean sent);
    }

    private final TrackingClient difference;

    public DifferenceResource(@RestClient TrackingClient difference) {
        this.difference = difference;
    }

    @GET
    @Path("{actionId}")
    public TemplateInstance question(@PathParam("actionId") String actionId, @QueryParam("sent") boolean sent) {
        DifferenceViews.Mine mine = difference.myDifference(PageResource.parse(actionId));
        return Templates.question(mine, new AnswerForm(mine.answer(), mine.comment(), null), ANSWERS, sent);
    }

    @POST
    @Path("{actionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Object answer(@PathParam("actionId") String actionId, MultivaluedMap<String, String> form) {
        UUID id = PageResource.parse(actionId);
        String chosen = form.getFirst("answer"); // absent when nothing was chosen (an immutable set refuses null)
        String answer = chosen != null && ANSWERS.contains(chosen) ? chosen : null;
        String comment =
                form.getFirst("comment") == null ? "" : form.getFirst("comment").strip();
        String error;
        if (answer == null) {
            error = "df_error_answer";
        } else if (comment.codePointCount(0, comment.length()) > COMMENT_LIMIT) {
            error = "df_error_comment";
        } else {
            try {
                difference.answerDifference(id, new DifferenceViews.Answer(answer, comment.isEmpty() ? null : comment));
                return Response.seeOther(URI.create("/account/difference/" + id + "?sent=true"))
                        .build();
            } catch (ServiceRefusal refused) {
                error = switch (refused.code() == null ? "" : refused.code()) {
                    case "review_not_due" -> "df_error_not_due";
                    case "not_a_contributor" -> "df_error_not_contributor";
                    default -> {
                        if (refused.status() != 400) {
                            throw refused;
                        }
                        yield refused.fields().containsKey("comment") ? "df_error_comment" : "df_error_answer";
                    }
                };
            }
        }
        DifferenceViews.Mine mine = difference.myDifference(id);
        int status = error.equals("df_error_answer") || error.equals("df_error_comment")
                ? 400
                : error.equals("df_error_not_contributor") ? 403 : 409;
        return Response.status(status)
                .entity(Templates.question(mine, new AnswerForm(answer, comment, error), ANSWERS, false))
                .build();
    }
}
