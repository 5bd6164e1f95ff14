package org.advisoryforum.consultation.api;

import org.advisoryforum.consultation.domain.DraftSection;

public record SectionView(String key, String heading, String text) {

    public static SectionView of(DraftSection section) {
        return new SectionView(section.sectionKey(), section.heading, section.body);
    }
}
