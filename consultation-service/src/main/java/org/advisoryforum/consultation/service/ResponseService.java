package org.advisoryforum.consultation.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.consultation.api.AssistedResponseRequest;
import org.advisoryforum.consultation.api.EarlierAnswerView;
import org.advisoryforum.consultation.api.MyResponseView;
import org.advisoryforum.consultation.api.ResponseRequest;
import org.advisoryforum.consultation.api.ResponseView;
import org.advisoryforum.consultation.api.StaffResponseView;
import org.advisoryforum.consultation.domain.Answer;
import org.advisoryforum.consultation.domain.AnswerRules;
import org.advisoryforum.consultation.domain.Attribution;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.MemberSnapshot;
import org.advisoryforum.consultation.domain.Question;
import org.advisoryforum.consultation.domain.QuestionType;
import org.advisoryforum.consultation.domain.Response;
import org.advisoryforum.consultation.domain.ResponseStatus;
import org.advisoryforum.consultation.domain.SectionComment;
import org.advisoryforum.consultation.messaging.ResponseEvents;
import org.advisoryforum.consultation.repository.DraftSectionRepository;
import org.advisoryforum.consultation.repository.MemberSnapshotRepository;
import org.advisoryforum.consultation.repository.QuestionRepository;
import org.advisoryforum.consultation.repository.ResponseRepository;
import org.advisoryforum.platform.problem.Problem;
import org.advisoryforum.platform.problem.ProblemException;

/**
 * Answering with little effort: save part of a response and resume it anywhere, submit, amend until the close,
 * withdraw; "I said this before" links; assisted responses recorded by staff.
 */
@ApplicationScoped
public class ResponseService {

    private final Consultations consultations;
    private final ResponseRepository responses;
    private final QuestionRepository questions;
    private final DraftSectionRepository sections;
    private final MemberSnapshotRepository members;
    private final ResponseEvents events;
    private final Clock clock;

    public ResponseService(
            Consultations consultations,
            ResponseRepository responses,
            QuestionRepository questions,
            DraftSectionRepository sections,
            MemberSnapshotRepository members,
            ResponseEvents events,
            Clock clock) {
        this.consultations = consultations;
        this.responses = responses;
        this.questions = questions;
        this.sections = sections;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    public ResponseView mine(UUID consultationId, Author author) {
        consultations.findPublished(consultationId);
        return responses
                .of(consultationId, author.memberId())
                .map(r -> memberView(r, questions.forConsultation(consultationId)))
                .orElseThrow(() -> ProblemException.notFound("You have not answered this consultation yet."));
    }

    /** Saves what is given (a key with null clears that answer); a submitted response is amended and checked whole. */
    @Transactional
    public ResponseView save(UUID consultationId, Author author, ResponseRequest request) {
        Consultation consultation = consultations.findPublished(consultationId);
        consultation.requireOpenForAnswers();
        Instant now = clock.instant();
        Response response = responses.of(consultationId, author.memberId()).orElseGet(() -> {
            Response started =
                    Response.start(consultationId, author.memberId(), defaultAttribution(author.memberId()), now);
            responses.persist(started);
            return started;
        });
        if (response.status == ResponseStatus.WITHDRAWN) {
            response.status = ResponseStatus.DRAFT;
            response.withdrawnAt = null;
        }
        List<Question> asked = questions.forConsultation(consultationId);
        apply(consultation, response, request, asked);
        dropUnaskedAnswersGiven(response, request, asked);
        response.updatedAt = now;
        if (response.isSubmitted()) {
            requireComplete(response, asked);
            events.amended(response, asked, snapshot(response.memberId));
        }
        return memberView(response, asked);
    }

    @Transactional
    public ResponseView submit(UUID consultationId, Author author) {
        Consultation consultation = consultations.findPublished(consultationId);
        consultation.requireOpenForAnswers();
        Response response = responses
                .of(consultationId, author.memberId())
                .filter(r -> r.status != ResponseStatus.WITHDRAWN)
                .orElseThrow(() -> ProblemException.notFound("There is no saved response to submit."));
        if (response.isSubmitted()) {
            throw ProblemException.conflict("This response has already been submitted; save changes to amend it.");
        }
        List<Question> asked = questions.forConsultation(consultationId);
        submit(response, asked);
        return memberView(response, asked);
    }

    @Transactional
    public void withdraw(UUID consultationId, Author author) {
        Consultation consultation = consultations.findPublished(consultationId);
        consultation.requireOpenForAnswers();
        Response response = responses
                .of(consultationId, author.memberId())
                .filter(r -> r.status != ResponseStatus.WITHDRAWN)
                .orElseThrow(() -> ProblemException.notFound("There is no response to withdraw."));
        boolean wasSubmitted = response.isSubmitted();
        response.answers.clear();
        response.sectionComments.clear();
        response.status = ResponseStatus.WITHDRAWN;
        response.withdrawnAt = clock.instant();
        response.updatedAt = response.withdrawnAt;
        if (wasSubmitted) {
            events.withdrawn(response);
        }
    }

    /** Staff record a response given by phone, on paper, in easy read or through a supporter. */
    @Transactional
    public StaffResponseView recordAssisted(UUID consultationId, String staffUser, AssistedResponseRequest request) {
        Consultation consultation = consultations.findPublished(consultationId);
        consultation.requireOpenForAnswers();
        MemberSnapshot member = members.findByIdOptional(request.memberId())
                .filter(MemberSnapshot::isActive)
                .orElseThrow(() -> ProblemException.rule(
                        404,
                        "not_a_member",
                        "There is no current forum member " + request.memberId()
                                + ": staff record answers only for members."));
        Response response = responses.of(consultationId, request.memberId()).orElseGet(() -> {
            Response started = Response.start(
                    consultationId, request.memberId(), defaultAttribution(request.memberId()), clock.instant());
            responses.persist(started);
            return started;
        });
        if (response.isSubmitted()) {
            throw ProblemException.conflict("This member has already submitted a response to this consultation.");
        }
        response.status = ResponseStatus.DRAFT;
        response.provenance = request.provenance();
        response.recordedBy = staffUser;
        List<Question> asked = questions.forConsultation(consultationId);
        apply(consultation, response, request.response(), asked);
        submit(response, asked);
        return staffView(response, member);
    }

    public List<StaffResponseView> submittedForStaff(UUID consultationId) {
        consultations.find(consultationId);
        List<Response> submitted = responses.submitted(consultationId);
        Map<UUID, MemberSnapshot> snapshots = members
                .of(submitted.stream().map(r -> r.memberId).toList())
                .stream()
                .collect(Collectors.toMap(m -> m.memberId, Function.identity()));
        return submitted.stream()
                .map(r -> staffView(r, snapshots.get(r.memberId)))
                .toList();
    }

    /** Every response of the member (draft, submitted or withdrawn) with its consultation's state, newest first. */
    public List<MyResponseView> allOfMine(Author author) {
        List<Response> own = responses.ofMember(author.memberId());
        Map<UUID, Consultation> byId =
                consultations.withIds(own.stream().map(r -> r.consultationId).toList());
        return own.stream()
                .sorted(java.util.Comparator.comparing((Response r) -> r.updatedAt)
                        .reversed())
                .map(r -> {
                    Consultation c = byId.get(r.consultationId);
                    return new MyResponseView(
                            r.id,
                            r.consultationId,
                            c.title,
                            c.status,
                            c.closesAt,
                            r.status,
                            r.answers.size(),
                            r.updatedAt,
                            r.submittedAt,
                            r.withdrawnAt);
                })
                .toList();
    }

    /** The member's own free-text answers in other consultations, to link instead of retyping. */
    public List<EarlierAnswerView> earlierAnswers(Author author) {
        List<EarlierAnswerView> earlier = new ArrayList<>();
        for (Response response : responses.ofMember(author.memberId())) {
            if (!response.isSubmitted()) {
                continue;
            }
            Consultation consultation = consultations.find(response.consultationId);
            Map<String, Question> asked = questions.forConsultation(response.consultationId).stream()
                    .collect(Collectors.toMap(q -> q.key, Function.identity()));
            for (Answer answer : response.answers) {
                Question question = asked.get(answer.questionKey);
                if (question != null && question.type == QuestionType.FREE_TEXT && answer.valueJson != null) {
                    earlier.add(new EarlierAnswerView(
                            answer.id,
                            consultation.id,
                            consultation.title,
                            question.text,
                            AnswerValues.read(answer.valueJson)));
                }
            }
        }
        return earlier;
    }

    private void submit(Response response, List<Question> asked) {
        requireComplete(response, asked);
        response.status = ResponseStatus.SUBMITTED;
        response.submittedAt = clock.instant();
        response.updatedAt = response.submittedAt;
        events.submitted(response, asked, snapshot(response.memberId));
    }

    private void apply(Consultation consultation, Response response, ResponseRequest request, List<Question> asked) {
        if (request.attribution() == Attribution.NAMED) {
            requireNamedConsent(response.memberId);
        }
        Map<String, Question> byKey = asked.stream().collect(Collectors.toMap(q -> q.key, Function.identity()));
        request.answersOrEmpty().forEach((key, value) -> {
            Question question = byKey.get(key);
            if (question == null) {
                throw ProblemException.invalidField("answers." + key, "is not a question of this consultation");
            }
            AnswerRules.problem(question, value).ifPresent(problem -> {
                throw ProblemException.invalidField("answers." + key, problem.code(), problem.message());
            });
        });
        Map<String, UUID> links = validLinks(response, request.linksOrEmpty(), byKey);
        // the draft's sections are read only when there are comments to check against them
        Set<String> sectionKeys = request.commentsOrEmpty().isEmpty()
                ? Set.of()
                : sections.version(consultation.id, consultation.draftVersion).stream()
                        .map(s -> s.sectionKey())
                        .collect(Collectors.toSet());
        request.commentsOrEmpty().keySet().forEach(key -> {
            if (!sectionKeys.contains(key)) {
                throw ProblemException.invalidField("sectionComments." + key, "is not a section of the draft");
            }
        });

        request.answersOrEmpty().forEach((key, value) -> setAnswer(response, key, value, null));
        links.forEach((key, linked) -> setAnswer(response, key, null, linked));
        request.commentsOrEmpty().forEach((key, text) -> setComment(response, key, text));
        if (request.attribution() != null) {
            response.attribution = request.attribution();
        }
    }

    /** Quoting by name is the member's choice in the forum: a response cannot ask for more than their consent. */
    private void requireNamedConsent(UUID memberId) {
        boolean named = members.findByIdOptional(memberId)
                .map(m -> m.quoteConsent == Attribution.NAMED)
                .orElse(false);
        if (!named) {
            throw ProblemException.rule(
                    409,
                    "named_without_consent",
                    "This response cannot be quoted by name: "
                            + "the member has not chosen to be quoted by name in their forum consent. Choose ANONYMOUS or NONE, "
                            + "or change the consent first.");
        }
    }

    private Map<String, UUID> validLinks(Response response, Map<String, UUID> links, Map<String, Question> byKey) {
        Map<String, UUID> valid = new HashMap<>();
        links.forEach((key, earlierId) -> {
            String field = "linkedAnswers." + key;
            Question question = byKey.get(key);
            if (question == null || question.type != QuestionType.FREE_TEXT) {
                throw ProblemException.invalidField(field, "must name a free-text question of this consultation");
            }
            if (earlierId == null) {
                valid.put(key, null);
                return;
            }
            Answer earlier = responses
                    .answer(earlierId)
                    .orElseThrow(() -> ProblemException.invalidField(field, "is not one of your earlier answers"));
            Response earlierResponse = responses.findById(earlier.responseId);
            if (!earlierResponse.memberId.equals(response.memberId)
                    || !earlierResponse.isSubmitted()
                    || earlierResponse.consultationId.equals(response.consultationId)
                    || earlier.valueJson == null) {
                throw ProblemException.invalidField(field, "is not one of your earlier answers");
            }
            valid.put(key, earlierId);
        });
        return valid;
    }

    private static void setAnswer(Response response, String key, JsonNode value, UUID linked) {
        boolean clear = linked == null && !AnswerRules.isAnswered(value);
        response.answer(key)
                .ifPresentOrElse(
                        answer -> {
                            if (clear) {
                                response.answers.remove(answer);
                            } else {
                                answer.valueJson = AnswerValues.write(value);
                                answer.linkedAnswerId = linked;
                            }
                        },
                        () -> {
                            if (!clear) {
                                Answer answer = new Answer();
                                answer.id = UUID.randomUUID();
                                answer.responseId = response.id;
                                answer.questionKey = key;
                                answer.valueJson = AnswerValues.write(value);
                                answer.linkedAnswerId = linked;
                                response.answers.add(answer);
                            }
                        });
    }

    private static void setComment(Response response, String key, String text) {
        boolean clear = text == null || text.isBlank();
        response.comment(key)
                .ifPresentOrElse(
                        comment -> {
                            if (clear) {
                                response.sectionComments.remove(comment);
                            } else {
                                comment.text = text.strip();
                            }
                        },
                        () -> {
                            if (!clear) {
                                SectionComment comment = new SectionComment();
                                comment.id = UUID.randomUUID();
                                comment.responseId = response.id;
                                comment.sectionKey = key;
                                comment.text = text.strip();
                                response.sectionComments.add(comment);
                            }
                        });
    }

    /** Required questions are enforced only when submitting (or amending a submitted response). */
    private void requireComplete(Response response, List<Question> asked) {
        Map<String, JsonNode> given = effectiveAnswers(response);
        List<String> missing = AnswerRules.missingRequired(asked, given);
        if (!missing.isEmpty()) {
            throw new ProblemException(
                    400,
                    "Invalid request",
                    "Some required questions have not been answered.",
                    missing.stream()
                            .map(key -> new Problem.FieldError("answers." + key, "is required", "required"))
                            .toList());
        }
        // answers to questions that are not asked (their condition is not met) are dropped
        Set<String> askedKeys = Set.copyOf(AnswerRules.askedKeys(asked, given));
        response.answers.removeIf(a -> !askedKeys.contains(a.questionKey));
    }

    /**
     * An answer given in this save to a question that the response's answers (this save's and the earlier ones) do not
     * ask is not kept: a page that asks a question only after a certain answer keeps no answer to it when that answer
     * was not given. Answers saved earlier stay until submit, so changing a condition back finds them again.
     */
    private void dropUnaskedAnswersGiven(Response response, ResponseRequest request, List<Question> asked) {
        if (asked.stream().allMatch(q -> q.showIfQuestion == null)) {
            return;
        }
        Set<String> given = new java.util.HashSet<>(request.answersOrEmpty().keySet());
        given.addAll(request.linksOrEmpty().keySet());
        Set<String> askedKeys = Set.copyOf(AnswerRules.askedKeys(asked, effectiveAnswers(response)));
        response.answers.removeIf(a -> given.contains(a.questionKey) && !askedKeys.contains(a.questionKey));
    }

    Map<String, JsonNode> effectiveAnswers(Response response) {
        Map<String, JsonNode> given = new HashMap<>();
        for (Answer answer : response.answers) {
            JsonNode value = answer.linkedAnswerId == null
                    ? AnswerValues.read(answer.valueJson)
                    : responses
                            .answer(answer.linkedAnswerId)
                            .map(a -> AnswerValues.read(a.valueJson))
                            .orElse(null);
            given.put(answer.questionKey, value);
        }
        return given;
    }

    private Attribution defaultAttribution(UUID memberId) {
        return members.findByIdOptional(memberId).map(m -> m.quoteConsent).orElse(Attribution.NONE);
    }

    private MemberSnapshot snapshot(UUID memberId) {
        return members.findByIdOptional(memberId).orElse(null);
    }

    static ResponseView view(Response r) {
        return view(r, null);
    }

    /** The member's own response with the questions its answers so far ask, for pages to follow. */
    private ResponseView memberView(Response r, List<Question> questions) {
        return view(r, AnswerRules.askedKeys(questions, effectiveAnswers(r)));
    }

    private static ResponseView view(Response r, List<String> askedQuestionKeys) {
        return new ResponseView(
                r.id,
                r.consultationId,
                r.status,
                r.attribution,
                r.provenance,
                r.answers.stream()
                        .map(a -> new ResponseView.AnswerView(
                                a.id, a.questionKey, AnswerValues.read(a.valueJson), a.linkedAnswerId))
                        .toList(),
                r.sectionComments.stream()
                        .map(c -> new ResponseView.CommentView(c.id, c.sectionKey, c.text))
                        .toList(),
                r.updatedAt,
                r.submittedAt,
                askedQuestionKeys);
    }

    private static StaffResponseView staffView(Response r, MemberSnapshot snapshot) {
        return new StaffResponseView(
                view(r), r.memberId, snapshot == null ? List.of() : snapshot.perspectiveList(), r.recordedBy);
    }
}
