package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.forum.api.FeedbackRequest;
import org.advisoryforum.forum.api.FeedbackViews;
import org.advisoryforum.forum.domain.Involvement;
import org.advisoryforum.forum.domain.InvolvementFeedback;
import org.advisoryforum.forum.repository.InvitationRoundRepository;
import org.advisoryforum.forum.repository.InvolvementFeedbackRepository;
import org.advisoryforum.forum.repository.InvolvementRepository;
import org.advisoryforum.forum.repository.MeetingRepository;
import org.advisoryforum.platform.problem.ProblemException;

/**
 * "Was it worth it?": members answer three quick questions about an entry of their own ledger; staff and the public
 * see counts only. A member's latest answers also feed their contact limit ({@link ContactLimit}).
 */
@ApplicationScoped
public class InvolvementFeedbackService {

    /** Held back when this many of a member's latest answers all said it was not worth it. */
    static final int NOT_WORTH_IT_TWICE = 2;

    private final InvolvementFeedbackRepository feedback;
    private final InvolvementRepository ledger;
    private final MemberService members;
    private final InvitationRoundRepository rounds;
    private final MeetingRepository meetings;
    private final Clock clock;

    public InvolvementFeedbackService(
            InvolvementFeedbackRepository feedback,
            InvolvementRepository ledger,
            MemberService members,
            InvitationRoundRepository rounds,
            MeetingRepository meetings,
            Clock clock) {
        this.feedback = feedback;
        this.ledger = ledger;
        this.members = members;
        this.rounds = rounds;
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The member's answer about their entry, or 404 when there is none yet; 404 too for anyone else's entry. */
    public FeedbackViews.Answer own(UUID memberId, UUID involvementId) {
        ownEntry(memberId, involvementId);
        return feedback.findByIdOptional(involvementId)
                .map(FeedbackViews.Answer::of)
                .orElseThrow(() -> ProblemException.rule(404, "no_feedback", "You have not answered about this yet."));
    }

    /** Answers about one entry of the member's own ledger; a later answer replaces the earlier one. */
    @Transactional
    public Answered answer(UUID memberId, UUID involvementId, FeedbackRequest request) {
        ownEntry(memberId, involvementId);
        Optional<InvolvementFeedback> earlier = feedback.findByIdOptional(involvementId);
        InvolvementFeedback answer = earlier.orElseGet(() -> InvolvementFeedback.of(involvementId));
        answer.answer(request.timeTaken(), request.worthIt(), request.feltHeard(), Instant.now(clock));
        if (earlier.isEmpty()) {
            feedback.persist(answer);
        }
        return new Answered(FeedbackViews.Answer.of(answer), earlier.isEmpty());
    }

    public record Answered(FeedbackViews.Answer answer, boolean created) {}

    /** Whether the member's latest answers, two of them, both said it was not worth their time. */
    public boolean saidNotWorthItTwice(UUID memberId) {
        List<InvolvementFeedback> latest = feedback.latestOf(memberId, NOT_WORTH_IT_TWICE);
        return latest.size() == NOT_WORTH_IT_TWICE && latest.stream().allMatch(InvolvementFeedback::notWorthIt);
    }

    /** Counts per activity, most answered first (staff); or the one activity asked for, zeros when none answered. */
    public List<FeedbackViews.Activity> perActivity(UUID consultationId, UUID meetingId) {
        if (consultationId != null && meetingId != null) {
            throw ProblemException.invalidField(
                    "meetingId", "one_activity", "ask for a consultation or a meeting, not both");
        }
        Map<List<Object>, FeedbackViews.Counts> byActivity = new LinkedHashMap<>();
        Map<List<Object>, Involvement.Kind> kinds = new LinkedHashMap<>();
        for (Object[] row : feedback.counts(consultationId, meetingId)) {
            Involvement.Kind kind = (Involvement.Kind) row[0];
            List<Object> key = java.util.Arrays.asList(kind, row[1], row[2]);
            kinds.put(key, kind);
            byActivity.merge(
                    key,
                    FeedbackViews.Counts.none()
                            .plus(
                                    (InvolvementFeedback.TimeTaken) row[3],
                                    (InvolvementFeedback.Answer) row[4],
                                    (InvolvementFeedback.Answer) row[5],
                                    (Long) row[6]),
                    FeedbackViews.Counts::sum);
        }
        if (byActivity.isEmpty() && (consultationId != null || meetingId != null)) {
            byActivity.put(
                    java.util.Arrays.asList(
                            consultationId != null ? Involvement.Kind.CONSULTATION_RESPONSE : Involvement.Kind.MEETING,
                            consultationId,
                            meetingId),
                    FeedbackViews.Counts.none());
        }
        Map<UUID, String> titles = titles(byActivity.keySet());
        List<FeedbackViews.Activity> result = new ArrayList<>();
        byActivity.forEach((key, counts) -> {
            UUID consultation = (UUID) key.get(1);
            UUID meeting = (UUID) key.get(2);
            UUID titled = consultation != null ? consultation : meeting;
            result.add(new FeedbackViews.Activity(
                    (Involvement.Kind) key.get(0),
                    consultation,
                    meeting,
                    titled == null ? null : titles.get(titled),
                    counts));
        });
        result.sort((a, b) -> Long.compare(b.counts().answers(), a.counts().answers()));
        return result;
    }

    /** The public figure: all activities together and per kind, counts only. */
    public FeedbackViews.Public publicCounts() {
        FeedbackViews.Counts all = FeedbackViews.Counts.none();
        Map<Involvement.Kind, FeedbackViews.Counts> byKind = new EnumMap<>(Involvement.Kind.class);
        for (Involvement.Kind kind : Involvement.Kind.values()) {
            byKind.put(kind, FeedbackViews.Counts.none());
        }
        for (Object[] row : feedback.counts(null, null)) {
            FeedbackViews.Counts one = FeedbackViews.Counts.none()
                    .plus(
                            (InvolvementFeedback.TimeTaken) row[3],
                            (InvolvementFeedback.Answer) row[4],
                            (InvolvementFeedback.Answer) row[5],
                            (Long) row[6]);
            all = all.sum(one);
            byKind.merge((Involvement.Kind) row[0], one, FeedbackViews.Counts::sum);
        }
        return new FeedbackViews.Public(all, byKind);
    }

    private Map<UUID, String> titles(java.util.Collection<List<Object>> keys) {
        List<UUID> consultations =
                keys.stream().map(k -> (UUID) k.get(1)).filter(Objects::nonNull).toList();
        List<UUID> meetingIds =
                keys.stream().map(k -> (UUID) k.get(2)).filter(Objects::nonNull).toList();
        Map<UUID, String> titles = new java.util.HashMap<>();
        if (!consultations.isEmpty()) {
            rounds.withIds(consultations).forEach(r -> titles.put(r.consultationId, r.title));
        }
        if (!meetingIds.isEmpty()) {
            meetings.withIds(meetingIds).forEach(m -> titles.put(m.id, m.title));
        }
        return titles;
    }

    private Involvement ownEntry(UUID memberId, UUID involvementId) {
        members.requireActive(memberId);
        return ledger.findByIdOptional(involvementId)
                .filter(e -> memberId.equals(e.memberId))
                .orElseThrow(() -> ProblemException.rule(
                        404, "not_in_your_ledger", "There is no such entry in your involvement ledger."));
    }
}
