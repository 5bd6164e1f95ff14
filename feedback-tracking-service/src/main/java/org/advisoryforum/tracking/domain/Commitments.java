package org.advisoryforum.tracking.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * "Evidence, not promises": an action still to be done whose words promise something in the future tense ("we will
 * look at…", "byddwn yn ystyried…") but that has no due date is a commitment without a date. Its owner is always
 * required, so the missing piece is the date. The rule looks for the phrases below, in English and in Welsh, as whole
 * words, case-insensitive, in the description and the reason; settled actions (implemented, partly adopted, not
 * adopted) promise nothing more. It is a flag for staff before publishing and a label for the public, not a refusal.
 */
public final class Commitments {

    /** English future-tense commitments */
    public static final List<String> ENGLISH = List.of(
            "we will",
            "we'll",
            "we shall",
            "we are going to",
            "we're going to",
            "we plan to",
            "we intend to",
            "we aim to",
            "we hope to",
            "will look at",
            "will consider",
            "will review",
            "will explore");

    /** Welsh future-tense commitments ("byddwn": we will; "rydym yn bwriadu": we intend; "rydym am": we want to) */
    public static final List<String> WELSH = List.of(
            "byddwn",
            "mi fyddwn",
            "fe fyddwn",
            "bydd y tîm",
            "rydym yn bwriadu",
            "rydyn ni'n bwriadu",
            "rydym am",
            "rydyn ni am",
            "rydyn ni'n mynd i",
            "rydym yn mynd i",
            "byddwn yn edrych",
            "byddwn yn ystyried");

    private static final Pattern FUTURE = Pattern.compile(
            "(?<![\\p{L}'])("
                    + String.join(
                            "|",
                            java.util.stream.Stream.concat(ENGLISH.stream(), WELSH.stream())
                                    .map(Pattern::quote)
                                    .toList())
                    + ")(?![\\p{L}'])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Commitments() {}

    /** whether this text makes a future-tense commitment (curly apostrophes count as straight ones) */
    public static boolean promises(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String plain = text.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return FUTURE.matcher(plain).find();
    }

    public static boolean withoutDate(Action action) {
        return !action.status.isSettled()
                && action.dueDate == null
                && (promises(action.description) || promises(action.reason));
    }
}
