package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.advisoryforum.forum.api.InvitationRoundView;
import org.advisoryforum.forum.domain.InvitationRound;
import org.advisoryforum.forum.messaging.ConsultationPublished;
import org.advisoryforum.forum.repository.InvitationRoundRepository;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class InvitationService {

    private final InvitationRoundRepository rounds;

    public InvitationService(InvitationRoundRepository rounds) {
        this.rounds = rounds;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void consultationPublished(ConsultationPublished event) {
        if (rounds.findByIdOptional(event.consultationId()).isPresent()) {
            return;
        }
        InvitationRound round = new InvitationRound();
        round.consultationId = event.consultationId();
        round.title = event.title();
        round.audience = event.audience();
        round.closesAt = event.closesAt();
        round.receivedAt = Instant.now();
        round.status = InvitationRound.Status.PENDING;
        rounds.persist(round);
    }

    public List<InvitationRoundView> rounds() {
        return rounds.newestFirst().stream().map(InvitationRoundView::of).toList();
    }
}
