package org.advisoryforum.forum.api;

import jakarta.validation.constraints.NotNull;
import org.advisoryforum.forum.domain.QuoteConsent;

public record ConsentRequest(@NotNull QuoteConsent quote, @NotNull Boolean contactByEmail,
                             @NotNull Boolean useInStatistics) {
}
