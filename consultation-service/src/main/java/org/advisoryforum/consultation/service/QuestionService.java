package org.advisoryforum.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.consultation.api.QuestionRequest;
import org.advisoryforum.consultation.api.QuestionView;
import org.advisoryforum.consultation.api.QuestionsRequest;
import org.advisoryforum.consultation.domain.AnswerRules;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.ConsultationStatus;
import org.advisoryforum.consultation.domain.Question;
import org.advisoryforum.consultation.domain.QuestionType;
import org.advisoryforum.consultation.repository.DraftSectionRepository;
import org.advisoryforum.consultation.repository.QuestionRepository;
import org.advisoryforum.consultation.repository.ResponseRepository;
import org.advisoryforum.platform.problem.ProblemException;

/**
 * The questions of a consultation. Before anyone has answered they may change freely; after that only in ways that
 * keep every answer already given valid and meaning the same.
 */
@ApplicationScoped
public class QuestionService {

    private final Consultations consultations;
    private final QuestionRepository questions;
    private final DraftSectionRepository sections;
    private final ResponseRepository responses;

    public QuestionService(
            Consultations consultations,
            QuestionRepository questions,
            DraftSectionRepository sections,
            ResponseRepository responses) {
        this.consultations = consultations;
        this.questions = questions;
        this.sections = sections;
        this.responses = responses;
    }

    public List<QuestionView> list(UUID consultationId) {
        return questions.forConsultation(consultationId).stream()
                .map(QuestionView::of)
                .toList();
    }

    /** The questions, and the keys of those asked of someone who has answered nothing yet (one read). */
    public record Listed(List<QuestionView> questions, List<String> askedBeforeAnyAnswer) {}

    public Listed listWithAsked(UUID consultationId) {
        List<Question> all = questions.forConsultation(consultationId);
        return new Listed(all.stream().map(QuestionView::of).toList(), AnswerRules.askedKeys(all, Map.of()));
    }

    @Transactional
    public List<QuestionView> replace(UUID consultationId, QuestionsRequest request) {
        Consultation consultation = consultations.find(consultationId);
        if (consultation.status.isClosed()) {
            throw ProblemException.conflict("The consultation has closed: its questions can no longer change.");
        }
        List<Question> wanted = toQuestions(consultation, request.questions());
        boolean answered = consultation.status != ConsultationStatus.DRAFT
                && responses.count("consultationId", consultationId) > 0;
        if (answered) {
            applyCompatibleChanges(consultationId, wanted);
        } else {
            questions.delete("consultationId", consultationId);
            questions.flush();
            wanted.forEach(questions::persist);
        }
        return list(consultationId);
    }

    private void applyCompatibleChanges(UUID consultationId, List<Question> wanted) {
        Map<String, Question> existing =
                questions.forConsultation(consultationId).stream().collect(Collectors.toMap(q -> q.key, q -> q));
        Set<String> kept = wanted.stream().map(q -> q.key).collect(Collectors.toSet());
        for (String key : existing.keySet()) {
            if (!kept.contains(key)) {
                throw ProblemException.conflict(
                        "Question '" + key + "' has been answered already and cannot be removed.");
            }
        }
        for (Question question : wanted) {
            Question current = existing.get(question.key);
            if (current == null) {
                if (question.required) {
                    throw ProblemException.conflict("A new question '" + question.key
                            + "' must be optional: people have already answered this consultation.");
                }
                questions.persist(question);
            } else if (!current.sameShapeAs(question)) {
                throw ProblemException.conflict("Question '" + question.key + "' has been answered already: its type, "
                        + "options, scale, condition or limits cannot change in a way that invalidates answers.");
            } else {
                current.text = question.text;
                current.position = question.position;
                current.sectionKey = question.sectionKey;
                current.required = question.required;
                current.maxLength = question.maxLength;
                current.scaleMinLabel = question.scaleMinLabel;
                current.scaleMaxLabel = question.scaleMaxLabel;
            }
        }
    }

    private List<Question> toQuestions(Consultation consultation, List<QuestionRequest> requested) {
        Set<String> sectionKeys = sections.version(consultation.id, consultation.draftVersion).stream()
                .map(s -> s.sectionKey())
                .collect(Collectors.toSet());
        Map<String, Question> earlier = new HashMap<>();
        Set<String> keys = new HashSet<>();
        int position = 0;
        for (QuestionRequest r : requested) {
            String field = "questions[" + position + "]";
            if (!keys.add(r.key())) {
                throw ProblemException.invalidField(field + ".key", "is used twice");
            }
            if (r.section() != null && !sectionKeys.contains(r.section())) {
                throw ProblemException.invalidField(field + ".section", "is not a section of the draft");
            }
            Question q = new Question();
            q.id = UUID.randomUUID();
            q.consultationId = consultation.id;
            q.key = r.key();
            q.position = position;
            q.type = r.type();
            q.text = r.text().strip();
            q.sectionKey = r.section();
            q.required = r.required();
            shape(q, r, field);
            if (r.showIf() != null) {
                Question condition = earlier.get(r.showIf().question());
                if (condition == null) {
                    throw ProblemException.invalidField(
                            field + ".showIf.question", "not_an_earlier_question", "must be an earlier question");
                }
                if (condition.options != null
                        && !condition.options.contains(r.showIf().equals())) {
                    throw ProblemException.invalidField(field + ".showIf.equals", "must be an option of that question");
                }
                q.showIfQuestion = r.showIf().question();
                q.showIfEquals = r.showIf().equals();
            }
            earlier.put(q.key, q);
            position++;
        }
        return List.copyOf(earlier.values()).stream()
                .sorted((a, b) -> Integer.compare(a.position, b.position))
                .toList();
    }

    private static void shape(Question q, QuestionRequest r, String field) {
        switch (r.type()) {
            case FREE_TEXT -> q.maxLength = r.maxLength() == null ? Question.DEFAULT_MAX_LENGTH : r.maxLength();
            case SCALE -> {
                if (r.scale() == null || r.scale().min() >= r.scale().max()) {
                    throw ProblemException.invalidField(field + ".scale", "needs a min lower than its max");
                }
                q.scaleMin = r.scale().min();
                q.scaleMax = r.scale().max();
                q.scaleMinLabel = r.scale().minLabel();
                q.scaleMaxLabel = r.scale().maxLabel();
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (r.options() == null
                        || r.options().size() < 2
                        || new HashSet<>(r.options()).size() != r.options().size()) {
                    throw ProblemException.invalidField(field + ".options", "needs at least two different options");
                }
                q.options = List.copyOf(r.options());
            }
        }
        if (r.type() != QuestionType.FREE_TEXT && r.maxLength() != null) {
            throw ProblemException.invalidField(field + ".maxLength", "applies to free-text questions only");
        }
    }
}
