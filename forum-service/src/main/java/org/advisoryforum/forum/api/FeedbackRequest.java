package org.advisoryforum.forum.api;

import jakarta.validation.constraints.NotNull;
import org.advisoryforum.forum.domain.InvolvementFeedback;

/** "Was it worth it?": how long taking part took, whether it was worth the member's time, whether they felt heard. */
public record FeedbackRequest(
        @NotNull InvolvementFeedback.TimeTaken timeTaken,
        @NotNull InvolvementFeedback.Answer worthIt,
        @NotNull InvolvementFeedback.Answer feltHeard) {}
