package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.tracking.api.QuoteView;
import org.advisoryforum.tracking.domain.KeyPointInput;
import org.advisoryforum.tracking.domain.QuoteModeration;
import org.advisoryforum.tracking.domain.TrackedInput;
import org.advisoryforum.tracking.domain.TrackedResponse;
import org.advisoryforum.tracking.repository.TrackedInputRepository;

/**
 * The words that may be shown publicly: free text and comments that travelled (their author allowed quoting),
 * from a response attributed NAMED or ANONYMOUS, whose author's latest consent is not NONE. A name only when both
 * the response and the latest consent say NAMED, and it is the forum display name from the member's latest
 * forum.member.v1 (never anything the response carried), so a rename or a change of consent reaches every page.
 * And only words staff approved in moderation, with the spans they removed shown as "[removed: reason]": pending and
 * rejected words are never shown.
 */
@ApplicationScoped
public class Quotes {

    private static final String NAMED = "NAMED";
    private static final String NONE = "NONE";

    private final TrackedInputRepository inputs;

    public Quotes(TrackedInputRepository inputs) {
        this.inputs = inputs;
    }

    public Map<UUID, TrackedInput> texts(Collection<KeyPointInput> linked) {
        return inputs.byIds(linked.stream().map(i -> i.inputId).distinct().toList()).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
    }

    public List<QuoteView> of(
            List<KeyPointInput> linked,
            Map<UUID, TrackedInput> texts,
            Map<UUID, QuoteModeration> moderation,
            Voters voters) {
        List<QuoteView> quotes = new ArrayList<>();
        for (KeyPointInput link : linked) {
            TrackedInput input = texts.get(link.inputId);
            TrackedResponse response = input == null ? null : voters.response(input.responseId);
            if (input == null
                    || input.quoteText == null
                    || input.quoteText.isBlank()
                    || response == null
                    || NONE.equals(response.attribution)) {
                continue;
            }
            QuoteModeration moderated = moderation.get(input.id);
            if (moderated == null
                    || !moderated.status.isPublic()
                    || !Etags.of(input.quoteText).equals(moderated.textHash)) {
                continue;
            }
            Voter voter = voters.voter(response.memberId);
            String consent = voter.quoteConsent();
            if (NONE.equals(consent)) {
                continue;
            }
            boolean named = NAMED.equals(response.attribution) && NAMED.equals(consent) && voter.displayName() != null;
            RedactedText shown = RedactedText.of(input.quoteText, moderated.redactions);
            quotes.add(new QuoteView(
                    shown.text(), named ? NAMED : "ANONYMOUS", named ? voter.displayName() : null, shown.parts()));
        }
        return quotes;
    }
}
