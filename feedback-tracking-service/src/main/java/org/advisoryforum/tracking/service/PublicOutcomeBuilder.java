package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
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
import org.advisoryforum.tracking.repository.ConfirmationRepository;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Assembles the public "You said, we did" of a consultation from the chain (run on writes, never on reads). */
@ApplicationScoped
public class PublicOutcomeBuilder {

    private final ConsultationFacts facts;
    private final Quotes quotes;
    private final EvidenceViews evidence;
    private final ConfirmationRepository confirmations;
    private final ModerationService moderation;

    public PublicOutcomeBuilder(ConsultationFacts facts, Quotes quotes, EvidenceViews evidence,
                                ConfirmationRepository confirmations, ModerationService moderation) {
        this.facts = facts;
        this.quotes = quotes;
        this.evidence = evidence;
        this.confirmations = confirmations;
        this.moderation = moderation;
    }

    public YouSaidWeDidView build(TrackedConsultation consultation) {
        ConsultationFacts.Chain chain = facts.of(consultation.id);
        Map<UUID, TrackedInput> texts = quotes.texts(chain.inputsByKeyPoint().values().stream()
                .flatMap(List::stream).toList());
        Map<UUID, QuoteModeration> moderated = moderation.of(texts.keySet());
        List<YouSaidWeDidView.YouSaid> youSaid = chain.keyPoints().stream()
                .map(k -> youSaid(k, chain, texts, moderated)).toList();
        Map<UUID, TallyView> tallies = Tallies.of(confirmations.ofActions(chain.actions().stream().map(a -> a.id).toList()));
        List<YouSaidWeDidView.WeDid> weDid = chain.actions().stream()
                .map(a -> weDid(a, chain, Tallies.of(tallies, a.id))).toList();
        return new YouSaidWeDidView(consultation.id, consultation.title, consultation.plainLanguageSummary,
                consultation.accountableTeam, consultation.closedAt, consultation.outcomePublishedAt,
                consultation.outcomeDueBy(), consultation.overdueSince, participation(chain.voters()), youSaid, weDid);
    }

    private YouSaidWeDidView.YouSaid youSaid(KeyPoint k, ConsultationFacts.Chain chain, Map<UUID, TrackedInput> texts,
                                             Map<UUID, QuoteModeration> moderated) {
        List<KeyPointInput> inputs = chain.inputsOf(k.id);
        VoicesView voices = VoiceCounter.count(inputs.stream().map(i -> i.memberId).toList(), chain.voters(), true);
        return new YouSaidWeDidView.YouSaid(k.id, k.text, voices, quotes.of(inputs, texts, moderated, chain.voters()),
                chain.actionsAnswering(k.id).stream().map(a -> a.id).toList());
    }

    private YouSaidWeDidView.WeDid weDid(Action a, ConsultationFacts.Chain chain, TallyView tally) {
        List<UUID> keyPointIds = chain.keyPoints().stream().map(k -> k.id).filter(a.keyPointIds::contains).toList();
        VoicesView voices = VoiceCounter.count(chain.membersBehind(keyPointIds), chain.voters(), true);
        return new YouSaidWeDidView.WeDid(a.id, keyPointIds, a.description, a.status.name(), a.reason, a.owner,
                a.dueDate, a.reviewDate, a.overdue, Commitments.withoutDate(a), evidence.of(a), voices, tally, a.updatedAt);
    }

    private static YouSaidWeDidView.Participation participation(Voters voters) {
        List<UUID> members = voters.responses().stream().map(r -> r.memberId).distinct().toList();
        Map<String, Integer> byRegion = new TreeMap<>();
        members.stream().map(voters::voter).filter(Voter::inStatistics).filter(v -> v.region() != null)
                .forEach(v -> byRegion.merge(v.region(), 1, Integer::sum));
        return new YouSaidWeDidView.Participation(VoiceCounter.count(members, voters, true), byRegion);
    }
}
