package org.advisoryforum.tracking.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Words whose author allowed quoting and staff approved: attribution NAMED (with their chosen name) or ANONYMOUS (name
 * null). Where staff removed spans, text shows "[removed: names a third party]" in their place, and parts gives the
 * same text as pieces (words, or the code of the reason a span was removed) so a page can word the reason in its own
 * language; parts is absent when nothing was removed.
 */
public record QuoteView(
        String text,
        String attribution,
        String name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Part> parts) {

    public QuoteView(String text, String attribution, String name) {
        this(text, attribution, name, List.of());
    }

    /** either words (text) or a removed span (removed: the reason's code) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Part(String text, String removed) {}
}
