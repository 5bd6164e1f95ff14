package org.advisoryforum.forum.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.domain.Invitation;
import org.advisoryforum.forum.domain.InvitationRound;

public record InvitationRoundView(
        UUID consultationId,
        String title,
        String audience,
        Instant closesAt,
        Instant receivedAt,
        InvitationRound.Status status,
        long invited,
        long heldBack) {

    public static InvitationRoundView of(InvitationRound r, long invited, long heldBack) {
        return new InvitationRoundView(
                r.consultationId, r.title, r.audience, r.closesAt, r.receivedAt, r.status, invited, heldBack);
    }

    /** A member not messaged for this round: over their invitation limit, in a quiet period, or invited less after
     * saying twice it was not worth their time ({@code NOT_WORTH_IT}). */
    public record HeldBack(UUID memberId, String displayName, Invitation.Outcome reason) {}

    public record Detail(InvitationRoundView round, List<HeldBack> heldBack) {}
}
