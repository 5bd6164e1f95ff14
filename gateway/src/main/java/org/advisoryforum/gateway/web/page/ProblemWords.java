package org.advisoryforum.gateway.web.page;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.advisoryforum.gateway.client.ServiceRefusal;

/**
 * A service's refusal in the page's language, chosen by its codes ({@code errors[].code}, else {@code code}), never
 * by the service's English text: for the pages that list what went wrong rather than marking one field.
 */
@ApplicationScoped
public class ProblemWords {

    /** The codes that say a value is missing (platform-core: bean validation's names, and consultation's rule). */
    static final Set<String> MISSING = Set.of("required", "not_blank", "not_null", "not_empty");

    static final Set<String> SIZE = Set.of("size", "too_long", "length");

    private final PageContext page;
    private final Msg english;
    private final Msg welsh;

    public ProblemWords(PageContext page, Msg english, @Localized("cy") Msg welsh) {
        this.page = page;
        this.english = english;
        this.welsh = welsh;
    }

    /** One line a field the service named (the field, then what to do), or one line for the whole refusal. */
    public List<String> of(ServiceRefusal refusal) {
        Msg msg = page.isWelsh() ? welsh : english;
        List<String> lines = new ArrayList<>();
        refusal.fields().forEach((field, code) -> lines.add(msg.problem_field(field, words(msg, code))));
        if (lines.isEmpty()) {
            lines.add(refusal.status() == 409 ? msg.problem_conflict() : msg.problem_refused());
        }
        return lines;
    }

    public static boolean missing(String code) {
        return code != null && MISSING.contains(code);
    }

    private static String words(Msg msg, String code) {
        if (missing(code)) {
            return msg.problem_required();
        }
        return SIZE.contains(code) ? msg.problem_size() : msg.problem_invalid();
    }
}
