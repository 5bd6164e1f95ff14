package org.advisoryforum.gateway.web.answering;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.MemberViews.EarlierAnswer;

/** The lines of the check-your-answers page, page by page and section by section, as the member was asked them. */
final class CheckAnswers {

    /**
     * One line: an answer (a scale answer said in words with {@code scale}), or the member's comment on a section
     * ({@code commentOn}: its heading); {@code missing} when it must still be answered.
     */
    public record Row(
            String question,
            String answer,
            ConsultationDetail.Scale scale,
            int page,
            String linkedFrom,
            String commentOn,
            boolean missing) {}

    private CheckAnswers() {}

    /**
     * {@code asked}: whether a question is asked, as consultation-service says ({@link QuestionFlow#asked});
     * {@code links}: question key to the earlier answer it links to ({@code earlier} by that answer's id);
     * {@code commentOf}: the member's comment on a section, blank when none.
     */
    static List<Row> rows(
            ConsultationDetail consultation,
            List<List<Question>> pages,
            java.util.function.Predicate<Question> asked,
            Map<String, JsonNode> given,
            Map<String, String> links,
            Map<String, EarlierAnswer> earlier,
            Function<String, String> commentOf) {
        List<Row> rows = new ArrayList<>();
        Set<String> commented = new HashSet<>();
        for (int i = 0; i < pages.size(); i++) {
            for (List<Question> section : QuestionPages.sections(pages.get(i))) {
                for (Question question : section) {
                    if (asked.test(question)) {
                        String link = links.get(question.key());
                        EarlierAnswer linked = link == null ? null : earlier.get(link);
                        String answer = linked == null ? AnswerForm.text(given.get(question.key())) : linked.text();
                        rows.add(new Row(
                                question.text(),
                                answer,
                                "SCALE".equals(question.type()) ? question.scale() : null,
                                i + 1,
                                linked == null ? null : linked.consultationTitle(),
                                null,
                                question.required() && answer.isBlank()));
                    }
                }
                String key = section.get(0).section();
                String comment = key == null ? "" : commentOf.apply(key);
                if (!comment.isBlank() && commented.add(key)) {
                    rows.add(new Row(
                            null,
                            comment,
                            null,
                            i + 1,
                            null,
                            consultation.section(key).heading(),
                            false));
                }
            }
        }
        return rows;
    }
}
