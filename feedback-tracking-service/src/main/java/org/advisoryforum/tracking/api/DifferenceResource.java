package org.advisoryforum.tracking.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.advisoryforum.tracking.service.DifferenceReviews;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Did it make a difference?": members behind an action answer once its review date has come. Its own path (under
 * ActionResource's, which JAX-RS would otherwise match first); staff's task list is {@link ReviewResource}.
 */
@Path("/api/tracking/actions/{id}/difference")
@Tag(name = "Did it make a difference?")
public class DifferenceResource {

    private final DifferenceReviews reviews;
    private final JsonWebToken token;

    public DifferenceResource(DifferenceReviews reviews, JsonWebToken token) {
        this.reviews = reviews;
        this.token = token;
    }

    @GET
    @RolesAllowed("member")
    @Operation(
            summary = "An action I was behind, as I am asked about it, with my answer so far (403 not_a_contributor)")
    public DifferenceView.Mine mine(@PathParam("id") UUID id) {
        return reviews.mine(id, Caller.memberId(token));
    }

    @PUT
    @RolesAllowed("member")
    @Operation(
            summary =
                    "Say whether an action I was behind made a difference, once its review date has come "
                            + "(409 review_not_due); one answer per member, a second replaces it; the comment is for staff only")
    public DifferenceView.Mine answer(@PathParam("id") UUID id, @Valid @NotNull DifferenceRequest request) {
        return reviews.answer(id, Caller.memberId(token), request);
    }
}
