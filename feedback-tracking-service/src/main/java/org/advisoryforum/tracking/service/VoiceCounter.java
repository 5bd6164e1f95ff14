package org.advisoryforum.tracking.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.advisoryforum.tracking.api.VoicesView;

/** Counts distinct voices by perspective, and says it in plain words. */
public final class VoiceCounter {

    private static final Map<String, String[]> WORDS = Map.of(
            "LIVED_EXPERIENCE", new String[] {"with lived experience", "with lived experience"},
            "CARER", new String[] {"carer", "carers"},
            "SOCIAL_WORKER", new String[] {"social worker", "social workers"},
            "STUDENT", new String[] {"student", "students"},
            "EDUCATOR", new String[] {"educator", "educators"},
            "OTHER", new String[] {"other", "other"});

    private VoiceCounter() {}

    /**
     * @param publicView when true, perspectives count only people who allowed use in statistics (total counts all)
     */
    public static VoicesView count(Collection<UUID> members, Voters voters, boolean publicView) {
        Set<UUID> distinct = new LinkedHashSet<>(members);
        Map<String, Integer> byPerspective = new TreeMap<>();
        for (UUID member : distinct) {
            Voter voter = voters.voter(member);
            if (!publicView || voter.inStatistics()) {
                voter.perspectives().forEach(p -> byPerspective.merge(p, 1, Integer::sum));
            }
        }
        return new VoicesView(distinct.size(), byPerspective, summary(distinct.size(), byPerspective));
    }

    /** voices already counted (by the database) */
    public static VoicesView of(int total, Map<String, Integer> byPerspective) {
        return new VoicesView(total, byPerspective, summary(total, byPerspective));
    }

    static String summary(int total, Map<String, Integer> byPerspective) {
        List<String> parts = new ArrayList<>();
        byPerspective.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    String[] words = WORDS.getOrDefault(e.getKey(), new String[] {e.getKey(), e.getKey()});
                    parts.add(e.getValue() + " " + words[e.getValue() == 1 ? 0 : 1]);
                });
        String head = total + (total == 1 ? " voice" : " voices");
        return parts.isEmpty() ? head : head + ": " + String.join(", ", parts);
    }
}
