package org.advisoryforum.tracking.api;

/** Words whose author allowed quoting: attribution NAMED (with their chosen name) or ANONYMOUS (name null). */
public record QuoteView(String text, String attribution, String name) {
}
