package org.advisoryforum.forum.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

public class ClockProducer {

    /** Days (terms, quiet periods) are the forum's days, in England. */
    public static final ZoneId FORUM_ZONE = ZoneId.of("Europe/London");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
