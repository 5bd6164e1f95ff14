package org.advisoryforum.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;

/**
 * The dead-letter endpoints every service has from the chassis ({@code platform-core}), under its own API root: each
 * service's typed client extends this, so the admin's dead-letter page asks all three the same way.
 */
public interface DeadLetters {

    @GET
    @Path("dead-letters")
    List<StaffPageViews.DeadLetter> deadLetters();

    @POST
    @Path("dead-letters/{id}/replay")
    StaffPageViews.Replayed replayDeadLetter(@PathParam("id") long id);
}
