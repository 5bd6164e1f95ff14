package org.advisoryforum.forum.api;

import org.advisoryforum.forum.domain.ConsentRecord;
import org.advisoryforum.forum.domain.QuoteConsent;

import java.time.Instant;
import java.util.List;

public record ConsentView(int version, QuoteConsent quote, boolean contactByEmail, boolean useInStatistics,
                          Instant changedAt) {

    public static ConsentView of(ConsentRecord r) {
        return new ConsentView(r.consentVersion, r.quote, r.contactByEmail, r.useInStatistics, r.changedAt);
    }

    /** The choices in force and every earlier version, newest first. */
    public record History(ConsentView current, List<ConsentView> history) {
    }
}
