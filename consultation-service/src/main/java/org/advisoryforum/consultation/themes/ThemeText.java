package org.advisoryforum.consultation.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a free-text answer for term-based grouping and labels: tokens, stop words, a light stemmer, Welsh or not. */
public final class ThemeText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    static final Set<String> ENGLISH_STOP = Set.of(
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "also",
            "am",
            "an",
            "and",
            "any",
            "are",
            "aren",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "cannot",
            "could",
            "couldn",
            "d",
            "did",
            "didn",
            "do",
            "does",
            "doesn",
            "doing",
            "don",
            "down",
            "during",
            "each",
            "even",
            "ever",
            "every",
            "few",
            "for",
            "from",
            "further",
            "get",
            "gets",
            "getting",
            "got",
            "had",
            "hadn",
            "has",
            "hasn",
            "have",
            "haven",
            "having",
            "he",
            "her",
            "here",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "i",
            "if",
            "in",
            "into",
            "is",
            "isn",
            "it",
            "its",
            "itself",
            "just",
            "ll",
            "m",
            "me",
            "might",
            "more",
            "most",
            "much",
            "must",
            "mustn",
            "my",
            "myself",
            "no",
            "nor",
            "not",
            "now",
            "of",
            "off",
            "on",
            "once",
            "one",
            "only",
            "or",
            "other",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "please",
            "re",
            "really",
            "s",
            "same",
            "shan",
            "she",
            "should",
            "shouldn",
            "so",
            "some",
            "still",
            "such",
            "t",
            "than",
            "that",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "these",
            "they",
            "thing",
            "things",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "us",
            "ve",
            "very",
            "was",
            "wasn",
            "way",
            "we",
            "were",
            "weren",
            "what",
            "when",
            "where",
            "which",
            "while",
            "who",
            "whom",
            "why",
            "will",
            "with",
            "won",
            "would",
            "wouldn",
            "you",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "make",
            "made",
            "want",
            "think",
            "know",
            "like",
            "need",
            "needs",
            "lot",
            "bit",
            "sure",
            "sort",
            "well",
            "many",
            "let",
            "go",
            "going",
            "say",
            "said",
            "people",
            "someone",
            "something",
            "anyone",
            "everyone",
            "nobody",
            "never");

    /** Welsh function words: stop words for terms, and the evidence that an answer is in Welsh. */
    static final Set<String> WELSH = Set.of(
            "a", "ac", "am", "ar", "at", "bod", "byddai", "bydd", "chi", "cael", "dan", "does", "dim", "ddim", "dw",
            "dy", "dyna", "dyma", "ei", "ein", "eich", "eu", "fe", "fi", "fy", "gan", "gen", "gyda", "hefyd", "hi",
            "hoffwn", "hon", "hwn", "hyn", "i", "iawn", "mae", "maen", "mewn", "mi", "na", "nad", "neu", "ni", "nhw",
            "nid", "o", "oes", "oedd", "ond", "os", "pan", "pa", "pob", "plis", "r", "rhy", "rydw", "rydyn", "sydd",
            "sy", "w", "wedi", "wrth", "y", "yma", "yn", "yr", "ydw", "ydy", "yw", "ym", "gwelwch", "dda", "diolch",
            "angen", "gallu", "mawr", "ddylai", "dylid", "byddwn", "gall", "hynny", "beth", "pam", "sut", "fod",
            "efallai", "gymaint", "rhaid", "gwneud", "gwnewch", "wneud", "ag");

    /** Welsh words that are not also short English words or letters ("a", "i", "am", "at", "on"...). */
    private static final Set<String> AMBIGUOUS = Set.of(
            "a", "i", "am", "at", "o", "mi", "hi", "fe", "w", "r", "na", "pa", "dim", "ni", "dan", "pan", "ag", "fy",
            "eu", "y");

    /** Words that show an answer is English even when it quotes a Welsh name. */
    private static final Set<String> ENGLISH_MARKERS = Set.of(
            "the", "and", "to", "of", "is", "it", "that", "for", "in", "we", "you", "be", "are", "not", "with", "they",
            "on", "have", "this", "my", "me", "should", "would", "can", "if", "pay", "paid", "payment", "do", "so",
            "at");

    private ThemeText() {}

    /** Lower-case words, apostrophes splitting them ("don't" -> "don", "t"). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Welsh when more of its words are Welsh function words than English markers (and at least two are). */
    public static boolean isWelsh(String text) {
        int welsh = 0;
        int english = 0;
        for (String word : words(text)) {
            if (ENGLISH_MARKERS.contains(word)) {
                english++;
            } else if (WELSH.contains(word) && !AMBIGUOUS.contains(word)) {
                welsh++;
            }
        }
        return welsh >= 2 && welsh > english;
    }

    static boolean isStop(String word, boolean welsh) {
        return word.length() < 2
                || word.chars().allMatch(Character::isDigit)
                || (welsh ? WELSH.contains(word) || ENGLISH_STOP.contains(word) : ENGLISH_STOP.contains(word));
    }

    /** A light English plural stemmer, enough that "payments" and "payment" count as one term. */
    static String stem(String word, boolean welsh) {
        if (welsh || word.length() <= 3) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
