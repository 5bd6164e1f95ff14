package org.advisoryforum.consultation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Section-by-section differences between two versions of a draft, in the order of the newer version. */
public final class DraftDiff {

    public enum ChangeKind {
        ADDED,
        REMOVED,
        CHANGED
    }

    public record Section(String key, String heading, String text) {}

    public record Change(
            String sectionKey,
            ChangeKind change,
            String headingBefore,
            String headingAfter,
            String textBefore,
            String textAfter) {}

    private DraftDiff() {}

    public static List<Change> between(List<Section> before, List<Section> after) {
        Map<String, Section> old = new LinkedHashMap<>();
        before.forEach(s -> old.put(s.key(), s));
        List<Change> changes = new ArrayList<>();
        for (Section section : after) {
            Section previous = old.remove(section.key());
            if (previous == null) {
                changes.add(new Change(section.key(), ChangeKind.ADDED, null, section.heading(), null, section.text()));
            } else if (!Objects.equals(previous.heading(), section.heading())
                    || !Objects.equals(previous.text(), section.text())) {
                changes.add(new Change(
                        section.key(),
                        ChangeKind.CHANGED,
                        previous.heading(),
                        section.heading(),
                        previous.text(),
                        section.text()));
            }
        }
        old.values()
                .forEach(gone -> changes.add(
                        new Change(gone.key(), ChangeKind.REMOVED, gone.heading(), null, gone.text(), null)));
        return changes;
    }
}
