package org.advisoryforum.forum.api;

import org.advisoryforum.forum.domain.InvitationRound;

import java.time.Instant;
import java.util.UUID;

public record InvitationRoundView(UUID consultationId, String title, String audience, Instant closesAt,
                                  Instant receivedAt, InvitationRound.Status status) {

    public static InvitationRoundView of(InvitationRound r) {
        return new InvitationRoundView(r.consultationId, r.title, r.audience, r.closesAt, r.receivedAt, r.status);
    }
}
