package org.advisoryforum.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock every rule reads (schedules, deadlines, quiet periods, moderation decisions), in UTC; a service or a
 * test may produce its own, which then wins. Rules take an {@code Instant} from it, so tests pass their own instants.
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
