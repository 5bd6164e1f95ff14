package org.advisoryforum.tracking.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.advisoryforum.tracking.api.QuoteView;
import org.advisoryforum.tracking.domain.Redaction;

/** Quoted words with the spans staff removed replaced by a marker naming the reason. */
public record RedactedText(String text, List<QuoteView.Part> parts) {

    /**
     * Offsets count Unicode characters (code points), so an emoji is one character. The redactions lie within the
     * text and do not overlap: ModerationService checks that before storing them.
     */
    public static RedactedText of(String words, List<Redaction> redactions) {
        if (redactions.isEmpty()) {
            return new RedactedText(words, List.of());
        }
        List<Redaction> ordered = redactions.stream()
                .sorted(Comparator.comparingInt((Redaction r) -> r.start))
                .toList();
        StringBuilder text = new StringBuilder();
        List<QuoteView.Part> parts = new ArrayList<>();
        int at = 0;
        for (Redaction r : ordered) {
            int start = words.offsetByCodePoints(0, r.start);
            if (start > at) {
                String kept = words.substring(at, start);
                text.append(kept);
                parts.add(new QuoteView.Part(kept, null));
            }
            text.append(r.reason.marker());
            parts.add(new QuoteView.Part(null, r.reason.name()));
            at = words.offsetByCodePoints(0, r.end);
        }
        if (at < words.length()) {
            String kept = words.substring(at);
            text.append(kept);
            parts.add(new QuoteView.Part(kept, null));
        }
        return new RedactedText(text.toString(), parts);
    }
}
