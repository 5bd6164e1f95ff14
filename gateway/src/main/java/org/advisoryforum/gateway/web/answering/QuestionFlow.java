package org.advisoryforum.gateway.web.answering;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.ConsultationDetail.Question;
import org.advisoryforum.gateway.client.MyResponse;

/**
 * Which question pages a member's answers so far call for: a page whose every question is asked only after an answer
 * not given is skipped going forward and going back, and a required question still unanswered is asked for on its page.
 * Which questions are asked is consultation-service's judgement ("ask only if" is written there once): the member's
 * saved response says ({@code askedQuestionKeys}), or before their first save the consultation
 * ({@code askedBeforeAnyAnswer}); this class only follows it.
 */
final class QuestionFlow {

    private final List<List<Question>> pages;
    private final Map<String, JsonNode> given;
    private final Set<String> asked;

    /** {@code given}: the answers to show; {@code asked}: the keys of the questions the service says are asked. */
    QuestionFlow(List<List<Question>> pages, Map<String, JsonNode> given, Set<String> asked) {
        this.pages = pages;
        this.given = given;
        this.asked = asked;
    }

    /**
     * The flow of the member's saved response, or of a consultation not yet answered when there is none. Should the
     * service not say (an older one), every question is offered rather than none: the service still keeps no answer
     * to a question it does not ask.
     */
    static QuestionFlow of(List<List<Question>> pages, ConsultationDetail consultation, MyResponse response) {
        List<String> said = response == null ? consultation.askedBeforeAnyAnswer() : response.askedQuestionKeys();
        Set<String> asked = said != null
                ? Set.copyOf(said)
                : pages.stream().flatMap(List::stream).map(Question::key).collect(java.util.stream.Collectors.toSet());
        return new QuestionFlow(pages, response == null ? Map.of() : response.given(), asked);
    }

    /** The same questions asked, showing other answers (what was typed on a page the service refused). */
    QuestionFlow showing(Map<String, JsonNode> typed) {
        return new QuestionFlow(pages, typed, asked);
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
            if (pages.get(previous - 1).stream().anyMatch(this::asked)) {
                return Optional.of(previous);
            }
        }
        return Optional.empty();
    }

    /** The next page the member is asked; {@code pageCount() + 1} when the next one is check answers. */
    int next(int current) {
        int next = current + 1;
        while (next <= pages.size() && pages.get(next - 1).stream().noneMatch(this::asked)) {
            next++;
        }
        return next;
    }

    /** Required questions among these, called for by the answers so far, still without an answer nor a linked one. */
    Map<String, String> unansweredRequired(List<Question> questions, Map<String, String> links) {
        Map<String, String> unanswered = new LinkedHashMap<>();
        for (Question question : questions) {
            if (question.required()
                    && asked(question)
                    && !links.containsKey(question.key())
                    && AnswerForm.text(given.get(question.key())).isBlank()) {
                unanswered.put("answers." + question.key(), "required");
            }
        }
        return unanswered;
    }

    /** Asked at all, as consultation-service says given the answers saved so far. */
    boolean asked(Question question) {
        return asked.contains(question.key());
    }

    /** The draft sections these questions belong to, in order. */
    static List<String> sectionsOf(List<Question> questions) {
        return questions.stream()
                .map(Question::section)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
