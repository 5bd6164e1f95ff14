package org.advisoryforum.forum.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** tracking.outcome.v1 'action-status-changed': an action moved; memberIds are the people whose input it came from. */
public record ActionStatusChanged(
        UUID actionId, UUID consultationId, String status, List<UUID> memberIds, Instant changedAt, String summary) {}
