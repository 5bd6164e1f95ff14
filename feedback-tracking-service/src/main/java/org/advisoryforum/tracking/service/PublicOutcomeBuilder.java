package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.tracking.api.DifferenceView;
import org.advisoryforum.tracking.api.TallyView;
import org.advisoryforum.tracking.api.VoicesView;
import org.advisoryforum.tracking.api.YouSaidWeDidView;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.Commitments;
import org.advisoryforum.tracking.domain.KeyPoint;
import org.advisoryforum.tracking.domain.KeyPointInput;
import org.advisoryforum.tracking.domain.QuoteModeration;
import org.advisoryforum.tracking.domain.TrackedConsultation;
import org.advisoryforum.tracking.domain.TrackedInput;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.repository.ActionRepository;
import org.advisoryforum.tracking.repository.ConfirmationRepository;
import org.advisoryforum.tracking.repository.DifferenceAnswerRepository;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.KeyPointRepository;
import org.advisoryforum.tracking.repository.PublicVoiceCounts;
import org.advisoryforum.tracking.repository.TrackedMemberRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/**
 * Assembles the public "You said, we did" of a consultation from the chain (run on writes, never on reads). Set-based:
 * PostgreSQL counts the voices ({@link PublicVoiceCounts}); only the quotable inputs, their responses and authors are
 * loaded, so the rebuild's time and memory follow the number of quotes, not the number of responses.
 */
@ApplicationScoped
public class PublicOutcomeBuilder {

    private final KeyPointRepository keyPoints;
    private final KeyPointInputRepository keyPointInputs;
    private final ActionRepository actions;
    private final TrackedResponseRepository responses;
    private final TrackedMemberRepository members;
    private final PublicVoiceCounts voiceCounts;
    private final Quotes quotes;
    private final EvidenceViews evidence;
    private final ConfirmationRepository confirmations;
    private final ModerationService moderation;
    private final DifferenceAnswerRepository differenceAnswers;

    public PublicOutcomeBuilder(
            KeyPointRepository keyPoints,
            KeyPointInputRepository keyPointInputs,
            ActionRepository actions,
            TrackedResponseRepository responses,
            TrackedMemberRepository members,
            PublicVoiceCounts voiceCounts,
            Quotes quotes,
            EvidenceViews evidence,
            ConfirmationRepository confirmations,
            ModerationService moderation,
            DifferenceAnswerRepository differenceAnswers) {
        this.keyPoints = keyPoints;
        this.keyPointInputs = keyPointInputs;
        this.actions = actions;
        this.responses = responses;
        this.members = members;
        this.voiceCounts = voiceCounts;
        this.quotes = quotes;
        this.evidence = evidence;
        this.confirmations = confirmations;
        this.moderation = moderation;
        this.differenceAnswers = differenceAnswers;
    }

    public YouSaidWeDidView build(TrackedConsultation consultation) {
        List<KeyPoint> points = keyPoints.ofConsultation(consultation.id);
        List<Action> consultationActions = actions.ofConsultation(consultation.id);
        Map<String, PublicVoiceCounts.Counted> counted = voiceCounts.of(consultation.id);
        // the quotes: only links to words that travelled, with the responses and authors behind them
        List<KeyPointInput> quotable = keyPointInputs.quotableOfKeyPoints(
                points.stream().map(k -> k.id).toList());
        Map<UUID, List<KeyPointInput>> quotableByKeyPoint =
                quotable.stream().collect(Collectors.groupingBy(i -> i.keyPointId));
        Map<UUID, TrackedInput> texts = quotes.texts(quotable);
        List<TrackedResponse> quotedResponses = responses.byIds(
                texts.values().stream().map(i -> i.responseId).distinct().toList());
        Voters authors = new Voters(
                quotedResponses,
                members.byIds(
                        quotedResponses.stream().map(r -> r.memberId).distinct().toList()));
        Map<UUID, QuoteModeration> moderated = moderation.of(texts.keySet());
        List<YouSaidWeDidView.YouSaid> youSaid = points.stream()
                .map(k -> new YouSaidWeDidView.YouSaid(
                        k.id,
                        k.text,
                        voices(voiceCounts.of(counted, k.id)),
                        quotes.of(quotableByKeyPoint.getOrDefault(k.id, List.of()), texts, moderated, authors),
                        consultationActions.stream()
                                .filter(a -> a.keyPointIds.contains(k.id))
                                .map(a -> a.id)
                                .toList()))
                .toList();
        Map<UUID, TallyView> tallies = Tallies.of(confirmations.ofActions(
                consultationActions.stream().map(a -> a.id).toList()));
        Map<UUID, DifferenceView.Counts> differences = differenceAnswers.countsOf(
                consultationActions.stream().map(a -> a.id).toList());
        List<YouSaidWeDidView.WeDid> weDid = consultationActions.stream()
                .map(a -> weDid(
                        a,
                        points,
                        voices(voiceCounts.of(counted, a.id)),
                        Tallies.of(tallies, a.id),
                        differences.getOrDefault(a.id, DifferenceView.Counts.NONE)))
                .toList();
        PublicVoiceCounts.Counted participation = voiceCounts.of(counted, PublicVoiceCounts.PARTICIPATION);
        return new YouSaidWeDidView(
                consultation.id,
                consultation.title,
                consultation.plainLanguageSummary,
                consultation.accountableTeam,
                consultation.closedAt,
                consultation.outcomePublishedAt,
                consultation.outcomeDueBy(),
                consultation.overdueSince,
                new YouSaidWeDidView.Participation(voices(participation), participation.byRegion),
                youSaid,
                weDid);
    }

    private YouSaidWeDidView.WeDid weDid(
            Action a, List<KeyPoint> points, VoicesView voices, TallyView tally, DifferenceView.Counts difference) {
        List<UUID> keyPointIds =
                points.stream().map(k -> k.id).filter(a.keyPointIds::contains).toList();
        return new YouSaidWeDidView.WeDid(
                a.id,
                keyPointIds,
                a.description,
                a.status.name(),
                a.reason,
                a.owner,
                a.dueDate,
                a.reviewDate,
                a.overdue,
                Commitments.withoutDate(a),
                evidence.of(a),
                voices,
                tally,
                difference,
                a.updatedAt);
    }

    private static VoicesView voices(PublicVoiceCounts.Counted counted) {
        return VoiceCounter.of(counted.total, counted.byPerspective);
    }
}
