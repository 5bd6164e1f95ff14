package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.ModerationItemView;
import org.advisoryforum.tracking.api.ModerationRequest;
import org.advisoryforum.tracking.domain.ModerationDecision;
import org.advisoryforum.tracking.domain.ModerationReason;
import org.advisoryforum.tracking.domain.ModerationStatus;
import org.advisoryforum.tracking.domain.QuoteModeration;
import org.advisoryforum.tracking.domain.Redaction;
import org.advisoryforum.tracking.domain.TrackedInput;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.messaging.OutcomeEvents;
import org.advisoryforum.tracking.repository.ModerationDecisionRepository;
import org.advisoryforum.tracking.repository.QuoteModerationRepository;
import org.advisoryforum.tracking.repository.TrackedInputRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/**
 * Moderation before anything is quoted: every answer and section comment whose author allowed quoting waits here
 * until staff approve it, redact spans of it (each with a reason from the fixed list) or reject it with a reason.
 * Every decision is logged with the staff member's subject id and the time; the author hears of a redaction or a
 * rejection in their inbox (tracking.outcome.v1 quote-moderated, read by forum-service).
 */
@ApplicationScoped
public class ModerationService {

    private final QuoteModerationRepository moderation;
    private final ModerationDecisionRepository decisions;
    private final TrackedInputRepository inputs;
    private final TrackedResponseRepository responses;
    private final OutcomeEvents events;
    private final PublicOutcomeService outcomes;
    private final Clock clock;

    public ModerationService(
            QuoteModerationRepository moderation,
            ModerationDecisionRepository decisions,
            TrackedInputRepository inputs,
            TrackedResponseRepository responses,
            OutcomeEvents events,
            PublicOutcomeService outcomes,
            Clock clock) {
        this.moderation = moderation;
        this.decisions = decisions;
        this.inputs = inputs;
        this.responses = responses;
        this.events = events;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    /**
     * A response arrived or was amended, with these inputs: quotable words new to moderation (or changed since the
     * decision) enter the queue; words unchanged keep their decision; inputs that are no longer quotable leave.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void track(TrackedResponse response, List<TrackedInput> current) {
        Map<UUID, QuoteModeration> known = moderation.ofResponse(response.id).stream()
                .collect(Collectors.toMap(m -> m.inputId, Function.identity()));
        Instant now = Instant.now(clock);
        for (TrackedInput input : current) {
            if (!quotable(input)) {
                continue;
            }
            String hash = Etags.of(input.quoteText);
            QuoteModeration item = known.remove(input.id);
            if (item == null) {
                item = new QuoteModeration();
                item.inputId = input.id;
                item.consultationId = input.consultationId;
                item.responseId = response.id;
                item.requeue(hash, now);
                moderation.persist(item);
            } else if (!hash.equals(item.textHash)) {
                item.requeue(hash, now);
            }
        }
        known.values().forEach(moderation::delete);
    }

    /** the response was withdrawn, or its words forgotten at erasure: nothing of it is left to moderate */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetResponse(UUID responseId) {
        moderation.ofResponse(responseId).forEach(moderation::delete);
    }

    /** the moderation of these inputs, by input id (for the public page) */
    public Map<UUID, QuoteModeration> of(Collection<UUID> inputIds) {
        return moderation.byIds(inputIds).stream().collect(Collectors.toMap(m -> m.inputId, Function.identity()));
    }

    public List<ModerationItemView> queue(ModerationStatus status, UUID consultationId) {
        List<QuoteModeration> items =
                moderation.withStatus(status == null ? ModerationStatus.PENDING : status, consultationId);
        Map<UUID, TrackedInput> texts = inputs
                .byIds(items.stream().map(m -> m.inputId).toList())
                .stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<UUID, TrackedResponse> byResponse =
                responses.byIds(items.stream().map(m -> m.responseId).distinct().toList()).stream()
                        .collect(Collectors.toMap(r -> r.id, Function.identity()));
        return items.stream()
                .filter(m -> texts.containsKey(m.inputId))
                .map(m -> view(m, texts.get(m.inputId), byResponse.get(m.responseId), List.of()))
                .toList();
    }

    public ModerationItemView item(UUID inputId) {
        QuoteModeration item = find(inputId);
        return view(item, inputs.findById(inputId), responses.findById(item.responseId), decisions.ofInput(inputId));
    }

    @Transactional
    public ModerationItemView decide(UUID inputId, ModerationRequest request, String staff) {
        QuoteModeration item = find(inputId);
        TrackedInput input = inputs.findById(inputId);
        List<ModerationRequest.Span> spans = request.redactions() == null ? List.of() : request.redactions();
        ModerationStatus decided = switch (request.decision()) {
            case APPROVE -> {
                refuseSpans(spans, "APPROVE");
                refuseReason(request.reason(), "APPROVE");
                yield ModerationStatus.APPROVED;
            }
            case REDACT -> {
                refuseReason(request.reason(), "REDACT");
                checkSpans(spans, input.quoteText);
                yield ModerationStatus.REDACTED;
            }
            case REJECT -> {
                refuseSpans(spans, "REJECT");
                if (request.reason() == null) {
                    throw ProblemException.invalidField("reason", "required", "is required to reject words");
                }
                yield ModerationStatus.REJECTED;
            }
        };
        Instant now = Instant.now(clock);
        item.status = decided;
        item.reason = decided == ModerationStatus.REJECTED ? request.reason() : null;
        item.redactions.clear();
        spans.forEach(s -> item.redactions.add(Redaction.of(s.start(), s.end(), s.reason())));
        item.decidedBy = staff;
        item.decidedAt = now;
        ModerationDecision logged = new ModerationDecision();
        logged.inputId = item.inputId;
        logged.consultationId = item.consultationId;
        logged.decision = decided;
        logged.reason = item.reason;
        logged.redactions = spans.isEmpty()
                ? null
                : spans.stream()
                        .map(s -> s.start() + "-" + s.end() + ":" + s.reason().name())
                        .collect(Collectors.joining(","));
        logged.decidedBy = staff;
        logged.decidedAt = now;
        decisions.persist(logged);
        if (decided != ModerationStatus.APPROVED) {
            TrackedResponse response = responses.findById(item.responseId);
            List<String> reasons = decided == ModerationStatus.REJECTED
                    ? List.of(item.reason.name())
                    : spans.stream().map(s -> s.reason().name()).distinct().toList();
            events.quoteModerated(item.consultationId, item.inputId, response.memberId, decided.name(), reasons, now);
        }
        outcomes.refresh(item.consultationId);
        return item(inputId);
    }

    private QuoteModeration find(UUID inputId) {
        QuoteModeration item = moderation.findById(inputId);
        TrackedInput input = item == null ? null : inputs.findById(inputId);
        if (input == null || !quotable(input)) {
            throw ProblemException.notFound("No quotable words " + inputId + " are in moderation.");
        }
        return item;
    }

    static boolean quotable(TrackedInput input) {
        return input.quoteText != null && !input.quoteText.isBlank();
    }

    private static void refuseSpans(List<ModerationRequest.Span> spans, String decision) {
        if (!spans.isEmpty()) {
            throw ProblemException.invalidField(
                    "redactions", "not_allowed", "only a REDACT decision removes spans, not " + decision);
        }
    }

    private static void refuseReason(ModerationReason reason, String decision) {
        if (reason != null) {
            throw ProblemException.invalidField(
                    "reason",
                    "not_allowed",
                    "is given only to REJECT; a REDACT names a reason per span; not with " + decision);
        }
    }

    /** each span within the words, not empty, none overlapping, and something left to quote */
    private static void checkSpans(List<ModerationRequest.Span> spans, String words) {
        if (spans.isEmpty()) {
            throw ProblemException.invalidField("redactions", "required", "a REDACT decision needs at least one span");
        }
        int length = words.codePointCount(0, words.length());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            ModerationRequest.Span span = spans.get(i);
            if (span.end() <= span.start()) {
                throw ProblemException.invalidField(
                        "redactions[" + i + "].end", "not_after_start", "must be after start");
            }
            if (span.end() > length) {
                throw ProblemException.invalidField(
                        "redactions[" + i + "].end",
                        "beyond_text",
                        "must be at most " + length + ", the length of the words");
            }
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> spans.get(i).start()));
        int removed = 0;
        for (int k = 0; k < order.size(); k++) {
            ModerationRequest.Span span = spans.get(order.get(k));
            if (k > 0 && span.start() < spans.get(order.get(k - 1)).end()) {
                throw ProblemException.invalidField(
                        "redactions[" + order.get(k) + "].start", "overlapping", "overlaps another span");
            }
            removed += span.end() - span.start();
        }
        if (removed >= length) {
            throw ProblemException.invalidField(
                    "redactions", "removes_everything", "would remove all the words: reject them instead");
        }
    }

    private static ModerationItemView view(
            QuoteModeration m, TrackedInput input, TrackedResponse response, List<ModerationDecision> history) {
        String publicText = m.status.isPublic()
                ? RedactedText.of(input.quoteText, m.redactions).text()
                : null;
        return new ModerationItemView(
                m.inputId,
                m.consultationId,
                input.kind,
                input.questionKey,
                input.sectionKey,
                response == null ? null : response.attribution,
                input.quoteText,
                m.status.name(),
                m.reason == null ? null : m.reason.name(),
                m.redactions.stream()
                        .map(r -> new ModerationRequest.Span(r.start, r.end, r.reason))
                        .toList(),
                publicText,
                m.queuedAt,
                m.decidedBy,
                m.decidedAt,
                history.stream()
                        .map(d -> new ModerationItemView.Decision(
                                d.decision.name(),
                                d.reason == null ? null : d.reason.name(),
                                d.redactions,
                                d.decidedBy,
                                d.decidedAt))
                        .toList());
    }
}
