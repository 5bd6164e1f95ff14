package org.advisoryforum.gateway.web.answering;

import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits a consultation's questions into pages: one page per draft section in order, and a question that depends on
 * an earlier answer starts a page of its own, so that it can be asked only when that answer calls for it.
 */
public final class QuestionPages {

    private QuestionPages() {
    }

    public static List<List<Question>> of(ConsultationDetail consultation) {
        List<List<Question>> pages = new ArrayList<>();
        List<Question> current = null;
        String currentSection = null;
        for (Question question : consultation.questions()) {
            boolean newPage = current == null || question.showIf() != null
                    || !Objects.equals(question.section(), currentSection);
            if (newPage) {
                current = new ArrayList<>();
                pages.add(current);
                currentSection = question.section();
            }
            current.add(question);
        }
        return pages;
    }
}
