package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.tracking.api.EvidenceView;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.DraftChange;
import org.advisoryforum.tracking.repository.DraftChangeRepository;

/** An action's evidence with the draft section diff it points to. */
@ApplicationScoped
public class EvidenceViews {

    private final DraftChangeRepository draftChanges;

    public EvidenceViews(DraftChangeRepository draftChanges) {
        this.draftChanges = draftChanges;
    }

    public EvidenceView of(Action action) {
        EvidenceView.DraftChangeView change = action.evidenceSectionKey == null || action.evidenceToVersion == null
                ? null
                : draftChanges
                        .find(action.consultationId, action.evidenceToVersion, action.evidenceSectionKey)
                        .map(EvidenceViews::view)
                        .orElse(null);
        return change == null && action.evidenceUrl == null && action.evidenceDescription == null
                ? null
                : new EvidenceView(change, action.evidenceUrl, action.evidenceDescription);
    }

    static EvidenceView.DraftChangeView view(DraftChange c) {
        return new EvidenceView.DraftChangeView(
                c.fromVersion,
                c.toVersion,
                c.sectionKey,
                c.change,
                c.headingBefore,
                c.headingAfter,
                c.textBefore,
                c.textAfter);
    }
}
