package org.advisoryforum.forum.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.advisoryforum.forum.domain.DigestFrequency;
import org.advisoryforum.forum.domain.Member;

/**
 * How much contact a member wants: how often their notifications are gathered into a digest, at most how many
 * invitations in any 30 days (none: no limit), and a quiet period with no invitations until a day.
 * {@code keepInvitingAsUsual}: invited as usual even after saying twice that taking part was not worth their time
 * (left out of an edit: unchanged). Whether e-mail may be used at all is a consent choice.
 */
public record ContactPreferences(
        @NotNull DigestFrequency digest,
        @Min(0) @Max(31) Integer maxInvitationsPerMonth,
        LocalDate quietUntil,
        Boolean keepInvitingAsUsual) {

    public ContactPreferences(DigestFrequency digest, Integer maxInvitationsPerMonth, LocalDate quietUntil) {
        this(digest, maxInvitationsPerMonth, quietUntil, null);
    }

    public static ContactPreferences of(Member m) {
        return new ContactPreferences(m.digest, m.maxInvitationsPerMonth, m.quietUntil, m.keepInvitingAsUsual);
    }
}
