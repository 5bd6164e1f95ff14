package org.advisoryforum.forum.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.advisoryforum.forum.domain.Invitation;

/**
 * What became of the caller for one published consultation: {@code INVITED} (messaged), or held back and not
 * messaged because of their monthly limit ({@code OVER_LIMIT}) or their quiet period ({@code QUIET_PERIOD}; then
 * {@code quietUntil} is the end of the quiet period as the member's profile says now).
 */
public record MyInvitationView(
        UUID consultationId,
        String title,
        Instant closesAt,
        Invitation.Outcome outcome,
        Instant decidedAt,
        LocalDate quietUntil) {}
