package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.platform.erasure.EventTraces;
import org.advisoryforum.tracking.domain.TrackedMember;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.messaging.MemberEvent;
import org.advisoryforum.tracking.repository.ConfirmationRepository;
import org.advisoryforum.tracking.repository.KeyPointInputRepository;
import org.advisoryforum.tracking.repository.KeyPointRepository;
import org.advisoryforum.tracking.repository.TrackedInputRepository;
import org.advisoryforum.tracking.repository.TrackedMemberRepository;
import org.advisoryforum.tracking.repository.TrackedResponseRepository;

/** Members' perspectives, consent and public name (forum.member.v1), and erasure; every change rebuilds their pages. */
@ApplicationScoped
public class MemberTrackingService {

    private final TrackedMemberRepository members;
    private final TrackedResponseRepository responses;
    private final TrackedInputRepository inputs;
    private final KeyPointInputRepository keyPointInputs;
    private final KeyPointRepository keyPoints;
    private final ConfirmationRepository confirmations;
    private final PublicOutcomeService outcomes;
    private final ModerationService moderation;
    private final EventTraces traces;
    /** members' "did it make a difference?" answers: kept for the counts on erasure, without the comment */
    @jakarta.inject.Inject
    org.advisoryforum.tracking.repository.DifferenceAnswerRepository differenceAnswers;

    public MemberTrackingService(
            TrackedMemberRepository members,
            TrackedResponseRepository responses,
            TrackedInputRepository inputs,
            KeyPointInputRepository keyPointInputs,
            KeyPointRepository keyPoints,
            ConfirmationRepository confirmations,
            PublicOutcomeService outcomes,
            ModerationService moderation,
            EventTraces traces) {
        this.members = members;
        this.responses = responses;
        this.inputs = inputs;
        this.keyPointInputs = keyPointInputs;
        this.keyPoints = keyPoints;
        this.confirmations = confirmations;
        this.outcomes = outcomes;
        this.moderation = moderation;
        this.traces = traces;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void joined(MemberEvent.Joined event) {
        TrackedMember member = member(event.memberId());
        member.perspectives = Voter.join(event.perspectives());
        member.region = event.region();
        if (event.consent() != null) {
            member.quoteConsent = event.consent().quote();
            member.useInStatistics = event.consent().useInStatistics();
        }
        member.displayName = publicName(member.quoteConsent, event.displayName());
        save(member);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void profileChanged(MemberEvent.ProfileChanged event) {
        TrackedMember member = member(event.memberId());
        member.perspectives = Voter.join(event.perspectives());
        member.region = event.region();
        if (event.consent() != null) {
            member.quoteConsent = event.consent().quote();
            member.useInStatistics = event.consent().useInStatistics();
        }
        member.displayName = publicName(member.quoteConsent, event.displayName());
        save(member);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void consentChanged(MemberEvent.ConsentChanged event) {
        TrackedMember member = member(event.memberId());
        member.quoteConsent = event.quote();
        member.useInStatistics = event.useInStatistics();
        if (event.perspectives() != null) {
            member.perspectives = Voter.join(event.perspectives());
            member.region = event.region();
        }
        member.displayName = publicName(member.quoteConsent, event.displayName());
        save(member);
    }

    /**
     * Leaving changes nothing shown here; but on the compacted topic a member's latest record may be their left event,
     * so a snapshot it carries is taken as the member's (a consumer reading from the beginning may see nothing else).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void left(MemberEvent.Left event) {
        if (event.consent() == null) {
            return; // an older event without the snapshot
        }
        TrackedMember member = member(event.memberId());
        if (event.perspectives() != null) {
            member.perspectives = Voter.join(event.perspectives());
            member.region = event.region();
        }
        member.quoteConsent = event.consent().quote();
        member.useInStatistics = event.consent().useInStatistics();
        member.displayName = publicName(member.quoteConsent, event.displayName());
        save(member);
    }

    /** a name is kept only while the member's latest consent is NAMED, whatever an event carries */
    private static String publicName(String quoteConsent, String displayName) {
        return "NAMED".equals(quoteConsent) && displayName != null && !displayName.isBlank()
                ? displayName.strip()
                : null;
    }

    /**
     * The member's links move to a fresh anonymous id, so counts stay true; their consent to statistics is kept on
     * their responses as it was; their name goes, and their words stay only where they were quoted anonymously (a
     * confirmation's comment is never a consented quote: it goes). Outbox rows and dead letters naming the member go
     * in the same transaction; pending outcome events go out with the anonymous id in their list of members.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(MemberEvent.Erased event) {
        UUID memberId = event.memberId();
        Set<UUID> affected = consultationsOf(memberId);
        TrackedMember member = members.findById(memberId);
        UUID anonymous = UUID.randomUUID();
        for (TrackedResponse response : responses.ofMember(memberId)) {
            if (member != null && member.useInStatistics != null) {
                response.useInStatistics = member.useInStatistics;
            }
            boolean keepWords =
                    "ANONYMOUS".equals(response.attribution) && (member == null || !"NONE".equals(member.quoteConsent));
            if (!keepWords) {
                inputs.forgetWordsOf(response.id);
                moderation.forgetResponse(response.id);
            }
            response.attribution = keepWords ? "ANONYMOUS" : "NONE";
            response.memberId = anonymous;
        }
        if (member != null) {
            members.delete(member);
        }
        keyPointInputs.reassign(memberId, anonymous);
        confirmations.reassign(memberId, anonymous);
        differenceAnswers.reassign(memberId, anonymous);
        traces.forget(memberId.toString(), anonymous.toString(), Set.of());
        // the bulk updates bypass the entities already loaded: rebuild the pages from the database
        members.flush();
        members.getEntityManager().clear();
        outcomes.refresh(affected);
    }

    /**
     * The tombstone of a member on forum.member.v1: if tracking still holds anything of them (it never read their
     * erased event, compacted away while it was down), they are erased now; else nothing happens.
     */
    @Transactional
    public void tombstone(UUID memberId) {
        if (members.findById(memberId) != null
                || !responses.ofMember(memberId).isEmpty()
                || !keyPointInputs.ofMember(memberId).isEmpty()) {
            erased(new MemberEvent.Erased(memberId, Instant.now()));
        }
    }

    /** the known member, or a new one that {@link #save} persists once its fields are set */
    private TrackedMember member(UUID memberId) {
        TrackedMember member = members.findById(memberId);
        if (member == null) {
            member = new TrackedMember();
            member.memberId = memberId;
        }
        member.updatedAt = Instant.now();
        return member;
    }

    private void save(TrackedMember member) {
        if (!members.isPersistent(member)) {
            members.persist(member);
        }
        outcomes.refresh(consultationsOf(member.memberId));
    }

    /** the consultations whose public page may show something of this member */
    private Set<UUID> consultationsOf(UUID memberId) {
        Set<UUID> ids = new LinkedHashSet<>();
        responses.ofMember(memberId).forEach(r -> ids.add(r.consultationId));
        List<UUID> keyPointIds = keyPointInputs.ofMember(memberId).stream()
                .map(i -> i.keyPointId)
                .distinct()
                .toList();
        keyPoints.byIds(keyPointIds).forEach(k -> ids.add(k.consultationId));
        return ids;
    }
}
