package org.advisoryforum.gateway.web.answering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;

/**
 * Splits a consultation's questions into pages of whole draft sections, in order, up to {@link #MOST_A_PAGE}
 * questions a page: a short consultation is one page of questions, then check answers, then sent (members said the
 * forms and repetition were not worth it). A section longer than that has pages of its own. A question asked only
 * after a certain earlier answer stays beside it, marked so, or is skipped when that answer was on an earlier page.
 */
public final class QuestionPages {

    public static final int MOST_A_PAGE = 6;

    private QuestionPages() {}

    public static List<List<Question>> of(ConsultationDetail consultation) {
        List<List<Question>> pages = new ArrayList<>();
        List<Question> current = new ArrayList<>();
        for (List<Question> section : sections(consultation.questions())) {
            for (int from = 0; from < section.size(); from += MOST_A_PAGE) {
                List<Question> part = section.subList(from, Math.min(section.size(), from + MOST_A_PAGE));
                if (!current.isEmpty() && current.size() + part.size() > MOST_A_PAGE) {
                    pages.add(current);
                    current = new ArrayList<>();
                }
                current.addAll(part);
            }
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    /** Consecutive questions of the same section (or of none), in the consultation's order. */
    public static List<List<Question>> sections(List<Question> questions) {
        List<List<Question>> runs = new ArrayList<>();
        for (Question question : questions) {
            if (runs.isEmpty()
                    || !Objects.equals(runs.get(runs.size() - 1).get(0).section(), question.section())) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(question);
        }
        return runs;
    }
}
