package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** "Did it make a difference?": what a member sees and answers, the public counts, and staff's review task list. */
public final class DifferenceView {

    private DifferenceView() {}

    /** the action as its member is asked about it, with their own answer so far (null: none yet) */
    public record Mine(
            UUID actionId,
            UUID consultationId,
            String description,
            String status,
            LocalDate reviewDate,
            Instant askedAt,
            String answer,
            String comment,
            Instant answeredAt) {}

    /** how many members gave each answer: counts only, public */
    public record Counts(long madeADifference, long someDifference, long noDifference) {
        public static final Counts NONE = new Counts(0, 0, 0);
    }

    /** a comment with its answer, for staff; never who wrote it */
    public record Comment(String answer, String comment, Instant answeredAt) {}

    /** an action whose review date has come: when its members were asked, how many, and what they answered */
    public record Review(
            UUID actionId,
            UUID consultationId,
            UUID meetingId,
            String description,
            String status,
            LocalDate reviewDate,
            Instant askedAt,
            int membersAsked,
            Counts counts,
            List<Comment> comments) {}
}
