package org.advisoryforum.consultation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** How many distinct people stand behind something, and with which perspectives (a person may have several). */
public record Voices(int total, Map<String, Integer> byPerspective) {

    public static Voices of(Collection<UUID> distinctMembers, Map<UUID, List<String>> perspectivesByMember) {
        Map<String, Integer> counts = new TreeMap<>();
        for (UUID member : distinctMembers) {
            for (String perspective : perspectivesByMember.getOrDefault(member, List.of())) {
                counts.merge(perspective, 1, Integer::sum);
            }
        }
        return new Voices(distinctMembers.size(), counts);
    }
}
