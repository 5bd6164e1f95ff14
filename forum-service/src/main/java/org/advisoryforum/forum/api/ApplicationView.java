package org.advisoryforum.forum.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.forum.domain.AccessibilityNeed;
import org.advisoryforum.forum.domain.Application;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.Region;

public record ApplicationView(
        UUID id,
        UUID applicantId,
        String displayName,
        String why,
        Set<Perspective> perspectives,
        Region region,
        Set<AccessibilityNeed> accessibilityNeeds,
        String accessibilityOther,
        boolean contactByEmail,
        Application.Status status,
        String decisionReason,
        Instant submittedAt,
        Instant decidedAt) {

    public static ApplicationView of(Application a) {
        return new ApplicationView(
                a.id,
                a.applicantId,
                a.details.displayName,
                a.why,
                a.details.perspectives,
                a.details.region,
                a.details.accessibilityNeeds,
                a.details.accessibilityOther,
                a.contactByEmail,
                a.status,
                a.decisionReason,
                a.submittedAt,
                a.decidedAt);
    }
}
