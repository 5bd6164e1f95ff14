package org.advisoryforum.consultation.themes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.consultation.api.KeyPointRequest;
import org.advisoryforum.consultation.api.KeyPointView;
import org.advisoryforum.consultation.domain.Answer;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.Question;
import org.advisoryforum.consultation.domain.QuestionType;
import org.advisoryforum.consultation.domain.Response;
import org.advisoryforum.consultation.repository.QuestionRepository;
import org.advisoryforum.consultation.repository.ResponseRepository;
import org.advisoryforum.consultation.service.Consultations;
import org.advisoryforum.consultation.service.KeyPointService;
import org.advisoryforum.platform.problem.ProblemException;

/**
 * Suggested themes for a closed consultation's free-text question: the answers this service holds are grouped in
 * this JVM (see {@link ThemeGrouper}); staff accept (as a key point, through {@link KeyPointService}), edit, merge or
 * reject the suggestions.
 */
@ApplicationScoped
public class ThemeService {

    static final int MERGED_PHRASES = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consultations consultations;
    private final QuestionRepository questions;
    private final ResponseRepository responses;
    private final ThemeRepository themes;
    private final KeyPointService keyPoints;
    private final ThemeGrouper grouper;
    private final Clock clock;

    public ThemeService(
            Consultations consultations,
            QuestionRepository questions,
            ResponseRepository responses,
            ThemeRepository themes,
            KeyPointService keyPoints,
            MiniLmEmbedder embedder,
            Clock clock) {
        this.consultations = consultations;
        this.questions = questions;
        this.responses = responses;
        this.themes = themes;
        this.keyPoints = keyPoints;
        this.grouper = new ThemeGrouper(embedder);
        this.clock = clock;
    }

    /** Groups the submitted answers now; the grouping runs outside a transaction, so no lock is held meanwhile. */
    public ThemeViews.Run suggest(UUID consultationId, String questionKey, String staffUser) {
        List<ThemeGrouper.Input> inputs =
                QuarkusTransaction.requiringNew().call(() -> answersOf(consultationId, questionKey));
        List<ThemeGrouper.Group> groups = grouper.group(inputs);
        return QuarkusTransaction.requiringNew()
                .call(() -> store(consultationId, questionKey, staffUser, inputs, groups));
    }

    public ThemeViews.Run latest(UUID consultationId, String questionKey) {
        return QuarkusTransaction.requiringNew().call(() -> {
            freeTextQuestion(consultations.find(consultationId), questionKey);
            ThemeRun run = themes.latestRun(consultationId, questionKey)
                    .orElseThrow(() -> ProblemException.rule(
                            404, "no_suggestions", "Nobody has asked for suggested themes of this question yet."));
            return view(run);
        });
    }

    @Transactional
    public ThemeViews.Run relabel(UUID consultationId, UUID suggestionId, String staffUser, String label) {
        ThemeSuggestion suggestion = open(consultationId, suggestionId);
        suggestion.label = label.strip();
        return view(themes.run(suggestion.runId));
    }

    @Transactional
    public ThemeViews.Run reject(UUID consultationId, UUID suggestionId, String staffUser) {
        ThemeSuggestion suggestion = open(consultationId, suggestionId);
        decide(suggestion, ThemeSuggestion.Status.REJECTED, staffUser);
        return view(themes.run(suggestion.runId));
    }

    /** {@code other} goes into {@code suggestionId}: its answers, nearest-the-centre answers and phrases join it. */
    @Transactional
    public ThemeViews.Run merge(
            UUID consultationId, UUID suggestionId, String staffUser, ThemeViews.MergeRequest request) {
        ThemeSuggestion target = open(consultationId, suggestionId);
        if (request.with().equals(suggestionId)) {
            throw ProblemException.invalidField("with", "same_suggestion", "must be another suggestion");
        }
        ThemeSuggestion other = themes.findByIdOptional(request.with())
                .orElseThrow(() -> ProblemException.invalidField("with", "unknown_suggestion", "is not a suggestion"));
        if (!other.runId.equals(target.runId)) {
            throw ProblemException.invalidField("with", "other_run", "belongs to another set of suggestions");
        }
        requireUndecided(other);
        Set<UUID> present = target.answers.stream().map(a -> a.answerId).collect(Collectors.toSet());
        int rank = target.answers.size();
        for (ThemeAnswer answer : other.answers) {
            if (present.add(answer.answerId)) {
                target.answers.add(new ThemeAnswer(answer.answerId, rank++, answer.central));
            }
        }
        Set<String> phrases = new LinkedHashSet<>(target.phrases);
        phrases.addAll(other.phrases);
        target.phrases = new ArrayList<>(phrases.stream().limit(MERGED_PHRASES).toList());
        if (request.label() != null && !request.label().isBlank()) {
            target.label = request.label().strip();
        }
        other.answers.clear();
        other.mergedInto = target.id;
        decide(other, ThemeSuggestion.Status.MERGED, staffUser);
        return view(themes.run(target.runId));
    }

    /** The suggestion becomes a key point by the same rules as one made by hand, recording the run it came from. */
    @Transactional
    public KeyPointView accept(UUID consultationId, UUID suggestionId, String staffUser, String label) {
        ThemeSuggestion suggestion = open(consultationId, suggestionId);
        String text = label == null || label.isBlank() ? suggestion.label : label.strip();
        List<UUID> inputs = suggestion.answers.stream().map(a -> a.answerId).toList();
        if (inputs.isEmpty()) {
            throw ProblemException.rule(422, "no_answers_left", "None of this suggestion's answers is held any more.");
        }
        KeyPointView keyPoint =
                keyPoints.create(consultationId, staffUser, new KeyPointRequest(text, inputs), suggestion.runId);
        suggestion.label = text;
        suggestion.keyPointId = keyPoint.id();
        decide(suggestion, ThemeSuggestion.Status.ACCEPTED, staffUser);
        return keyPoint;
    }

    /**
     * A member was erased and these answers lost their words: every suggestion that held one keeps only the phrases
     * its remaining answers still say, and a label made from the phrases is made again from what is left, so no word
     * of an erased member survives in a suggestion (a label staff wrote, or one accepted as a key point, is staff's).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetWords(Set<UUID> answerIds) {
        if (answerIds.isEmpty()) {
            return;
        }
        for (ThemeSuggestion suggestion : themes.holding(answerIds)) {
            boolean welsh = "cy".equals(suggestion.language);
            List<String> remaining =
                    responses
                            .answers(suggestion.answers.stream()
                                    .map(a -> a.answerId)
                                    .toList())
                            .stream()
                            .map(this::textOf)
                            .filter(Objects::nonNull)
                            .toList();
            TermVectors said = new TermVectors(remaining, welsh);
            String madeLabel = labelOf(suggestion.phrases, suggestion.position + 1);
            List<String> kept = suggestion.phrases.stream()
                    .filter(phrase -> said.documentFrequency.containsKey(term(phrase, welsh)))
                    .toList();
            if (suggestion.status != ThemeSuggestion.Status.ACCEPTED && suggestion.label.equals(madeLabel)) {
                suggestion.label = labelOf(kept, suggestion.position + 1);
            }
            suggestion.phrases = new ArrayList<>(kept);
        }
    }

    /** A phrase as the term it was counted as: its stemmed words, without stop words. */
    private static String term(String phrase, boolean welsh) {
        return ThemeText.words(phrase).stream()
                .filter(word -> !ThemeText.isStop(word, welsh))
                .map(word -> ThemeText.stem(word, welsh))
                .collect(Collectors.joining(" "));
    }

    private static String labelOf(List<String> phrases, int number) {
        return phrases.isEmpty()
                ? "Theme " + number
                : String.join(", ", phrases.subList(0, Math.min(3, phrases.size())));
    }

    private List<ThemeGrouper.Input> answersOf(UUID consultationId, String questionKey) {
        Consultation consultation = consultations.find(consultationId);
        if (!consultation.status.isClosed()) {
            throw ProblemException.rule(
                    409,
                    "consultation_not_closed",
                    "Themes can be suggested once the consultation has closed; this one is " + consultation.status
                            + ".");
        }
        freeTextQuestion(consultation, questionKey);
        List<ThemeGrouper.Input> inputs = new ArrayList<>();
        for (Response response : responses.submitted(consultationId)) {
            response.answer(questionKey).ifPresent(answer -> {
                String text = textOf(answer);
                if (text != null && !text.isBlank()) {
                    inputs.add(new ThemeGrouper.Input(answer.id, text.strip()));
                }
            });
        }
        if (inputs.size() < 2) {
            throw ProblemException.rule(
                    422,
                    "too_few_answers",
                    "Themes need at least two answers to this question; it has " + inputs.size() + ".");
        }
        return inputs;
    }

    private Question freeTextQuestion(Consultation consultation, String questionKey) {
        Question question = questions.forConsultation(consultation.id).stream()
                .filter(q -> q.key.equals(questionKey))
                .findFirst()
                .orElseThrow(() -> ProblemException.rule(
                        404, "unknown_question", "This consultation has no question " + questionKey + "."));
        if (question.type != QuestionType.FREE_TEXT) {
            throw ProblemException.rule(
                    422,
                    "not_free_text",
                    "Themes are suggested for free-text questions only; " + questionKey + " is " + question.type + ".");
        }
        return question;
    }

    /** The words of an answer, or of the earlier answer it links to ("I said this before"); null when erased. */
    private String textOf(Answer answer) {
        String json = answer.valueJson;
        if (json == null && answer.linkedAnswerId != null) {
            json = responses.answer(answer.linkedAnswerId).map(a -> a.valueJson).orElse(null);
        }
        if (json == null) {
            return null;
        }
        try {
            JsonNode value = JSON.readTree(json);
            return value.isTextual() ? value.asText() : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private ThemeViews.Run store(
            UUID consultationId,
            String questionKey,
            String staffUser,
            List<ThemeGrouper.Input> inputs,
            List<ThemeGrouper.Group> groups) {
        ThemeRun run = new ThemeRun();
        run.id = UUID.randomUUID();
        run.consultationId = consultationId;
        run.questionKey = questionKey;
        run.answers = inputs.size();
        run.createdAt = clock.instant();
        run.createdBy = staffUser;
        themes.persistRun(run);
        int position = 0;
        for (ThemeGrouper.Group group : groups) {
            ThemeSuggestion suggestion = new ThemeSuggestion();
            suggestion.id = UUID.randomUUID();
            suggestion.runId = run.id;
            suggestion.position = position++;
            suggestion.method = group.method();
            suggestion.language = group.language();
            suggestion.phrases = new ArrayList<>(group.phrases());
            suggestion.label = labelOf(group.phrases(), position);
            suggestion.status = ThemeSuggestion.Status.SUGGESTED;
            int rank = 0;
            for (UUID answerId : group.answers()) {
                suggestion.answers.add(new ThemeAnswer(answerId, rank, rank < ThemeGrouper.CENTRAL));
                rank++;
            }
            themes.persist(suggestion);
        }
        themes.flush();
        return view(run);
    }

    private ThemeSuggestion open(UUID consultationId, UUID suggestionId) {
        ThemeSuggestion suggestion = themes.findByIdOptional(suggestionId)
                .filter(s -> themes.run(s.runId).consultationId.equals(consultationId))
                .orElseThrow(() -> ProblemException.rule(
                        404, "unknown_suggestion", "This consultation has no suggested theme " + suggestionId + "."));
        requireUndecided(suggestion);
        return suggestion;
    }

    private static void requireUndecided(ThemeSuggestion suggestion) {
        if (suggestion.status != ThemeSuggestion.Status.SUGGESTED) {
            throw ProblemException.rule(
                    409,
                    "suggestion_decided",
                    "This suggestion was already " + suggestion.status.name().toLowerCase() + ".");
        }
    }

    private void decide(ThemeSuggestion suggestion, ThemeSuggestion.Status status, String staffUser) {
        suggestion.status = status;
        suggestion.decidedAt = clock.instant();
        suggestion.decidedBy = staffUser;
    }

    private ThemeViews.Run view(ThemeRun run) {
        List<ThemeSuggestion> suggestions = themes.ofRun(run.id);
        List<UUID> centralIds = suggestions.stream()
                .flatMap(s -> s.answers.stream())
                .filter(a -> a.central)
                .map(a -> a.answerId)
                .toList();
        Map<UUID, Answer> answers = centralIds.isEmpty()
                ? Map.of()
                : responses.answers(centralIds).stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<ThemeViews.Suggestion> views = suggestions.stream()
                .map(s -> new ThemeViews.Suggestion(
                        s.id,
                        s.position,
                        s.label,
                        List.copyOf(s.phrases),
                        s.method.name(),
                        s.language,
                        s.answers.size(),
                        s.status.name(),
                        s.answers.stream()
                                .filter(a -> a.central)
                                .map(a -> answers.get(a.answerId))
                                .filter(Objects::nonNull)
                                .map(a -> new ThemeViews.CentralAnswer(a.id, textOf(a)))
                                .filter(c -> c.text() != null)
                                .toList(),
                        s.keyPointId,
                        s.mergedInto,
                        s.decidedAt,
                        s.decidedBy))
                .toList();
        return new ThemeViews.Run(
                run.id, run.consultationId, run.questionKey, run.answers, run.createdAt, run.createdBy, views);
    }
}
