package org.advisoryforum.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import org.advisoryforum.gateway.config.ServiceRoutes;

/**
 * The API relay's rule ({@link ServiceProxy}; pages use the typed clients, which share {@link CallerToken}):
 * {@code /api/{forum|consultations|tracking}/...} goes to the service that owns it.
 */
@ApplicationScoped
public class ServiceRequests {

    /** The owning service's base address and the address on it the call goes to. */
    public record Target(URI base, URI uri) {}

    private final ServiceRoutes routes;

    public ServiceRequests(ServiceRoutes routes) {
        this.routes = routes;
    }

    /** Empty when no service owns the path ({@code pathAndQuery} is raw, already encoded). */
    public Optional<Target> to(String pathAndQuery) {
        String[] segments = pathAndQuery.split("[/?]", 4);
        URI base = segments.length > 2 ? routes.baseFor(segments[2]) : null;
        if (base == null) {
            return Optional.empty();
        }
        return Optional.of(new Target(base, base.resolve(pathAndQuery)));
    }
}
