package org.advisoryforum.consultation.api;

import org.advisoryforum.consultation.domain.DraftDiff;

import java.util.List;
import java.util.UUID;

public record DraftDiffView(UUID consultationId, int fromVersion, int toVersion, List<DraftDiff.Change> changes) {
}
