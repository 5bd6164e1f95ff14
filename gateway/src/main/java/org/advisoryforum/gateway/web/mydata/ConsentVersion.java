package org.advisoryforum.gateway.web.mydata;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** One version of the member's consent as forum-service keeps it: the choices, when, and how ({@code channel}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsentVersion(
        int version,
        String quote,
        boolean contactByEmail,
        boolean useInStatistics,
        Instant changedAt,
        String channel) {}
