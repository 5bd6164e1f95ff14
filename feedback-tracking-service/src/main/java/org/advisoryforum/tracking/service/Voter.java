package org.advisoryforum.tracking.service;

import java.util.List;
import java.util.UUID;

/** What tracking may use about the pseudonymous person behind an input. */
public record Voter(
        UUID memberId,
        List<String> perspectives,
        String region,
        boolean inStatistics,
        String quoteConsent,
        String displayName) {

    static List<String> split(String perspectives) {
        return perspectives == null || perspectives.isBlank() ? List.of() : List.of(perspectives.split(","));
    }

    static String join(List<String> perspectives) {
        return perspectives == null
                ? ""
                : String.join(",", perspectives.stream().sorted().distinct().toList());
    }
}
