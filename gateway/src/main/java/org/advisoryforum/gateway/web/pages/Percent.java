package org.advisoryforum.gateway.web.pages;

import io.quarkus.qute.TemplateExtension;

/** Shares (0..1) shown as whole percentages; "–" when there is nothing to divide by. */
@TemplateExtension
public class Percent {

    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    static String days(Double days) {
        return days == null ? "–" : Long.toString(Math.round(days));
    }
}
