package org.advisoryforum.forum.api;

import jakarta.validation.constraints.NotNull;
import org.advisoryforum.forum.domain.ConsentChannel;
import org.advisoryforum.forum.domain.QuoteConsent;

/**
 * New consent choices; {@code via} says where the member made them (the gateway's account page sends
 * {@code ACCOUNT_PAGE}); left out, the change is kept as made through the {@code API}.
 */
public record ConsentRequest(
        @NotNull QuoteConsent quote,
        @NotNull Boolean contactByEmail,
        @NotNull Boolean useInStatistics,
        Via via) {

    /** Where a member can change their own consent. */
    public enum Via {
        ACCOUNT_PAGE,
        API
    }

    public ConsentChannel channel() {
        return via == Via.ACCOUNT_PAGE ? ConsentChannel.ACCOUNT_PAGE : ConsentChannel.API;
    }
}
