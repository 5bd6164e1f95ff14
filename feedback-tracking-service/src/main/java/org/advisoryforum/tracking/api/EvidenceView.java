package org.advisoryforum.tracking.api;

/**
 * What shows an action was carried out: a section of a draft revision's diff, a published document, and/or a
 * concrete description of what changed.
 */
public record EvidenceView(DraftChangeView draftChange, String documentUrl, String description) {

    /** change is ADDED, REMOVED or CHANGED */
    public record DraftChangeView(
            int fromVersion,
            int toVersion,
            String sectionKey,
            String change,
            String headingBefore,
            String headingAfter,
            String textBefore,
            String textAfter) {}
}
