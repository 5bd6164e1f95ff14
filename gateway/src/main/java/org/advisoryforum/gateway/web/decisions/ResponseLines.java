package org.advisoryforum.gateway.web.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.StaffViews;
import org.advisoryforum.gateway.web.answering.QuestionPages;

/**
 * A response as staff read it: each answer under its question's text, in the order the member was asked, each section
 * comment under its section's heading after that section's answers; never the keys the services store them by.
 */
public final class ResponseLines {

    private ResponseLines() {}

    /** One answer or comment: {@code scale} is set for a scale answer, so the page can say "4 out of 5". */
    public record Line(UUID inputId, String label, String answer, ConsultationDetail.Scale scale, boolean comment) {}

    /** A response with its lines; the rest of the response as the service sent it. */
    public record Shown(StaffViews.Response response, List<Line> lines) {

        public String author() {
            return response.author();
        }

        public List<String> perspectives() {
            return response.perspectives() == null ? List.of() : response.perspectives();
        }

        public String provenance() {
            return response.provenance();
        }
    }

    public static List<Shown> of(ConsultationDetail consultation, List<StaffViews.Response> responses) {
        return responses.stream().map(r -> new Shown(r, lines(consultation, r))).toList();
    }

    static List<Line> lines(ConsultationDetail consultation, StaffViews.Response response) {
        Map<String, StaffViews.Answer> answers = new HashMap<>();
        List<StaffViews.Answer> unknown = new ArrayList<>();
        for (StaffViews.Answer answer :
                response.answers() == null ? List.<StaffViews.Answer>of() : response.answers()) {
            if (consultation.question(answer.questionKey()) == null) {
                unknown.add(answer);
            } else {
                answers.put(answer.questionKey(), answer);
            }
        }
        Map<String, StaffViews.Comment> comments = new HashMap<>();
        List<StaffViews.Comment> otherComments = new ArrayList<>();
        for (StaffViews.Comment c :
                response.sectionComments() == null ? List.<StaffViews.Comment>of() : response.sectionComments()) {
            if (consultation.section(c.sectionKey()) == null) {
                otherComments.add(c);
            } else {
                comments.put(c.sectionKey(), c);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Question> section : QuestionPages.sections(consultation.questions())) {
            for (Question question : section) {
                StaffViews.Answer answer = answers.get(question.key());
                if (answer != null) {
                    lines.add(new Line(
                            answer.answerId(),
                            question.text(),
                            answer.text(),
                            "SCALE".equals(question.type()) ? question.scale() : null,
                            false));
                }
            }
            String key = section.get(0).section();
            StaffViews.Comment comment = key == null ? null : comments.remove(key);
            if (comment != null) {
                lines.add(
                        new Line(comment.commentId(), consultation.section(key).heading(), comment.text(), null, true));
            }
        }
        // comments on sections without questions, then anything the draft no longer has, so nothing is lost
        for (ConsultationDetail.Section section : consultation.sections()) {
            StaffViews.Comment comment = comments.remove(section.key());
            if (comment != null) {
                lines.add(new Line(comment.commentId(), section.heading(), comment.text(), null, true));
            }
        }
        unknown.forEach(a -> lines.add(new Line(a.answerId(), a.questionKey(), a.text(), null, false)));
        otherComments.forEach(c -> lines.add(new Line(c.commentId(), c.sectionKey(), c.text(), null, true)));
        return lines;
    }
}
