package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.util.UUID;

/** One entry of the safeguarding audit: FLAGGED (flagId set) or LISTED, by whom (subject id) and when. */
public record SafeguardingAuditView(String event, UUID flagId, String actor, Instant at) {}
