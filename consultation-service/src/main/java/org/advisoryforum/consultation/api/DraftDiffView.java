package org.advisoryforum.consultation.api;

import java.util.List;
import java.util.UUID;
import org.advisoryforum.consultation.domain.DraftDiff;

public record DraftDiffView(UUID consultationId, int fromVersion, int toVersion, List<DraftDiff.Change> changes) {}
