package org.advisoryforum.gateway.web.editor;

import java.text.Normalizer;
import java.util.Collection;

/**
 * Keys for new draft sections and questions. consultation-service takes lower-case letters, digits and hyphens,
 * at most 60 characters, starting with a letter or digit, unique within the consultation.
 */
public final class SectionKeys {

    private static final int MAX = 60;

    private SectionKeys() {}

    /** "Rates & fees (2027)" becomes "rates-fees-2027"; a heading with no usable letters becomes "section". */
    public static String fromHeading(String heading, Collection<String> taken) {
        String plain = Normalizer.normalize(heading == null ? "" : heading, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX - 4) {
            slug = slug.substring(0, MAX - 4).replaceAll("-+$", "");
        }
        return unique(slug.isEmpty() ? "section" : slug, taken);
    }

    /** q1, q2, … the first number not yet used. */
    public static String nextQuestion(Collection<String> taken) {
        int n = 1;
        while (taken.contains("q" + n)) {
            n++;
        }
        return "q" + n;
    }

    private static String unique(String key, Collection<String> taken) {
        String candidate = key;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = key + "-" + n;
        }
        return candidate;
    }
}
