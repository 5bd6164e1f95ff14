package org.advisoryforum.tracking.api;

import java.util.UUID;

/** The caller's confirmation and the action's public tally. */
public record ConfirmationView(UUID actionId, String verdict, String comment, TallyView tally) {}
