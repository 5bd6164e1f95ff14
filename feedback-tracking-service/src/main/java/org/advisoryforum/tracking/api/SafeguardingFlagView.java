package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.util.UUID;

/**
 * For the role safeguarding only: the flagged answer or comment (its words where tracking holds them, that is where
 * the author allowed quoting), the pseudonymous member id to follow it up through the forum, the concern, and who
 * (staff subject id) raised it when.
 */
public record SafeguardingFlagView(
        UUID id,
        UUID inputId,
        UUID consultationId,
        UUID responseId,
        UUID memberId,
        String kind,
        String questionKey,
        String sectionKey,
        String words,
        String concern,
        String flaggedBy,
        Instant flaggedAt) {}
