package org.advisoryforum.gateway.web.difference;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.advisoryforum.gateway.client.DifferenceViews;
import org.advisoryforum.gateway.client.TrackingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Staff's task list: actions whose review date has come, with the members' answers counted and their comments. */
@Path("/staff/reviews")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("staff")
public class StaffReviewsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reviews(List<DifferenceViews.Review> reviews);
    }

    private final TrackingClient difference;

    public StaffReviewsResource(@RestClient TrackingClient difference) {
        this.difference = difference;
    }

    @GET
    public TemplateInstance reviews() {
        return Templates.reviews(difference.reviews());
    }
}
