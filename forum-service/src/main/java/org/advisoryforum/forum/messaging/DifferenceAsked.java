package org.advisoryforum.forum.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * tracking.outcome.v1 'difference-asked': an action's review date has come; the members behind it (pseudonymous ids)
 * are to be asked whether it made a difference. summary: the action's description.
 */
public record DifferenceAsked(
        UUID actionId,
        UUID consultationId,
        LocalDate reviewDate,
        List<UUID> memberIds,
        Instant askedAt,
        String summary) {}
