package org.advisoryforum.forum.api;

import java.time.Instant;
import java.util.List;
import org.advisoryforum.forum.domain.ConsentChannel;
import org.advisoryforum.forum.domain.ConsentRecord;
import org.advisoryforum.forum.domain.QuoteConsent;

/** One version of a member's consent: the choices, when they were made and how ({@code channel}). */
public record ConsentView(
        int version,
        QuoteConsent quote,
        boolean contactByEmail,
        boolean useInStatistics,
        Instant changedAt,
        ConsentChannel channel) {

    public static ConsentView of(ConsentRecord r) {
        return new ConsentView(r.consentVersion, r.quote, r.contactByEmail, r.useInStatistics, r.changedAt, r.channel);
    }

    /** The choices in force and every earlier version, newest first. */
    public record History(ConsentView current, List<ConsentView> history) {}
}
