package org.advisoryforum.tracking.api;

/** What shows an action was carried out: a section of a draft revision's diff and/or a published document. */
public record EvidenceView(DraftChangeView draftChange, String documentUrl) {

    /** change is ADDED, REMOVED or CHANGED */
    public record DraftChangeView(int fromVersion, int toVersion, String sectionKey, String change,
                                  String headingBefore, String headingAfter, String textBefore, String textAfter) {
    }
}
