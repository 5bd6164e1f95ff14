package org.advisoryforum.consultation.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.Attribution;

/** What this service knows of a member (from forum.member.v1): no name, no contact details. */
public record MemberSnapshotView(
        UUID memberId,
        List<String> perspectives,
        String region,
        Attribution quoteConsent,
        boolean useInStatistics,
        Instant updatedAt) {}
