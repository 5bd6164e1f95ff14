package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.advisoryforum.tracking.service.DifferenceReviews;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff's task list of "did it make a difference?": actions whose review date has come. */
@Path("/api/tracking/reviews")
@Tag(name = "Did it make a difference?")
@RolesAllowed("staff")
public class ReviewResource {

    private final DifferenceReviews reviews;
    private final Clock clock;

    public ReviewResource(DifferenceReviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary = "Actions whose review date has come: when their members were asked, the answers counted, "
                    + "and the comments (staff only)")
    public List<DifferenceView.Review> due() {
        return reviews.reviewsDue(Instant.now(clock));
    }
}
