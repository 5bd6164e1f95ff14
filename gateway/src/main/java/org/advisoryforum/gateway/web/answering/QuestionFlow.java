package org.advisoryforum.gateway.web.answering;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.NotFoundException;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which question pages a member's answers so far call for: a page whose every question is asked only after an answer
 * not given is skipped going forward and going back, and a required question still unanswered is asked for on its page.
 */
final class QuestionFlow {

    private final List<List<Question>> pages;
    private final Map<String, JsonNode> given;

    QuestionFlow(List<List<Question>> pages, Map<String, JsonNode> given) {
        this.pages = pages;
        this.given = given;
    }

    int pageCount() {
        return pages.size();
    }

    /** Page {@code n} (from 1); there is no such page otherwise. */
    List<Question> page(int n) {
        if (n < 1 || n > pages.size()) {
            throw new NotFoundException();
        }
        return pages.get(n - 1);
    }

    /** The page before this one that the member was asked, skipping pages their answers made unnecessary. */
    Optional<Integer> previous(int current) {
        for (int previous = current - 1; previous >= 1; previous--) {
            if (pages.get(previous - 1).stream().anyMatch(q -> shown(q, given))) {
                return Optional.of(previous);
            }
        }
        return Optional.empty();
    }

    /** The next page the member is asked; {@code pageCount() + 1} when the next one is check answers. */
    int next(int current) {
        int next = current + 1;
        while (next <= pages.size() && pages.get(next - 1).stream().noneMatch(q -> shown(q, given))) {
            next++;
        }
        return next;
    }

    /** Required questions among these, called for by the answers so far, still without an answer nor a linked one. */
    Map<String, String> unansweredRequired(List<Question> questions, Map<String, String> links) {
        Map<String, String> unanswered = new LinkedHashMap<>();
        for (Question question : questions) {
            if (question.required() && shown(question, given) && !links.containsKey(question.key())
                    && AnswerForm.text(given.get(question.key())).isBlank()) {
                unanswered.put("answers." + question.key(), "required");
            }
        }
        return unanswered;
    }

    /** Asked at all: it has no condition, or the answer it depends on was given. */
    static boolean shown(Question question, Map<String, JsonNode> given) {
        return question.showIf() == null
                || AnswerForm.contains(given.get(question.showIf().question()), question.showIf().equals());
    }

    /** The draft sections these questions belong to, in order. */
    static List<String> sectionsOf(List<Question> questions) {
        return questions.stream().map(Question::section).filter(Objects::nonNull).distinct().toList();
    }
}
