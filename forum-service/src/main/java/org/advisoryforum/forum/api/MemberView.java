package org.advisoryforum.forum.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.forum.domain.AccessibilityNeed;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.Position;
import org.advisoryforum.forum.domain.Region;

/** A member's profile, as the member themself or staff see it. */
public record MemberView(
        UUID memberId,
        String displayName,
        Set<Perspective> perspectives,
        Region region,
        Set<AccessibilityNeed> accessibilityNeeds,
        String accessibilityOther,
        ContactPreferences contact,
        Membership membership) {

    public record Membership(
            Member.Status status,
            Instant joinedAt,
            Instant leftAt,
            LocalDate termStart,
            LocalDate termEnd,
            LocalDate ceasedOn,
            Position position) {}

    public static MemberView of(Member m) {
        return new MemberView(
                m.id,
                m.details.displayName,
                m.details.perspectives,
                m.details.region,
                m.details.accessibilityNeeds,
                m.details.accessibilityOther,
                ContactPreferences.of(m),
                new Membership(m.status, m.joinedAt, m.leftAt, m.termStart, m.termEnd, m.ceasedOn, m.position));
    }
}
