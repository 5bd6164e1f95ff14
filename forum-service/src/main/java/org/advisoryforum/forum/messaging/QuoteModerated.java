package org.advisoryforum.forum.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * tracking.outcome.v1 'quote-moderated': staff redacted (REDACTED) or did not use (REJECTED) the words of one of
 * memberId's answers or comments; reasons are codes of tracking's fixed list. It carries no words.
 */
public record QuoteModerated(
        UUID inputId, UUID consultationId, UUID memberId, String decision, List<String> reasons, Instant decidedAt) {}
