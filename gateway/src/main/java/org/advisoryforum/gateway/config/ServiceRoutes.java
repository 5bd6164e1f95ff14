package org.advisoryforum.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.net.URI;

/** Where each backend service lives; the gateway routes /api/{forum|consultations|tracking} to them. */
@ConfigMapping(prefix = "gateway.services")
public interface ServiceRoutes {

    URI forum();

    URI consultations();

    URI tracking();

    default URI baseFor(String firstSegment) {
        return switch (firstSegment) {
            case "forum" -> forum();
            case "consultations" -> consultations();
            case "tracking" -> tracking();
            default -> null;
        };
    }
}
