package org.advisoryforum.tracking.domain;

/**
 * The fixed list of reasons for removing words (a redacted span or a rejected quote). The code travels in the API and
 * in events so that pages in either language can word it; {@link #words} is the English wording shown publicly in a
 * marker "[removed: names a third party]". The database refuses any other code.
 */
public enum ModerationReason {
    NAMES_THIRD_PARTY("names a third party"),
    IDENTIFIES_AUTHOR("could identify the author"),
    PERSONAL_DETAILS("gives personal details"),
    OFFENSIVE("offensive language"),
    OFF_TOPIC("not about this consultation"),
    LEGAL("cannot be published for legal reasons");

    private final String words;

    ModerationReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** the public marker that stands where a span was removed */
    public String marker() {
        return "[removed: " + words + "]";
    }
}
