package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A key point with the actions answering it; state "not yet answered" when there is none. */
public record KeyPointStaffView(
        UUID id,
        String text,
        Instant createdAt,
        VoicesView voices,
        boolean answered,
        String state,
        List<ActionSummary> actions) {

    public static final String NOT_YET_ANSWERED = "not yet answered";
    public static final String ANSWERED = "answered";

    public record ActionSummary(
            UUID id,
            String description,
            String status,
            String reason,
            String owner,
            LocalDate dueDate,
            boolean overdue) {}
}
