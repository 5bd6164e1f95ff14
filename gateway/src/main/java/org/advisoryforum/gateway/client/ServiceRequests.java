package org.advisoryforum.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.gateway.config.ServiceRoutes;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * The API relay's rule ({@link ServiceProxy}; pages use the typed clients, which share {@link CallerToken}):
 * {@code /api/{forum|consultations|tracking}/...} goes to the service that owns it, with the user's access token.
 */
@ApplicationScoped
public class ServiceRequests {

    /** The owning service's base address, and a request to it already carrying the caller's token. */
    public record Target(URI base, HttpRequest.Builder request) {
    }

    private final ServiceRoutes routes;
    private final CallerToken token;

    public ServiceRequests(ServiceRoutes routes, CallerToken token) {
        this.routes = routes;
        this.token = token;
    }

    /**
     * Empty when no service owns the path ({@code pathAndQuery} is raw, already encoded); without {@code relayIdentity} the request goes without a token (an API call that
     * came with only the browser session: {@code /api/**} takes bearer tokens only).
     */
    public Optional<Target> to(String pathAndQuery, boolean relayIdentity) {
        String[] segments = pathAndQuery.split("[/?]");
        URI base = segments.length > 2 ? routes.baseFor(segments[2]) : null;
        if (base == null) {
            return Optional.empty();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery));
        if (relayIdentity) {
            token.current().ifPresent(t -> request.header("Authorization", "Bearer " + t));
        }
        return Optional.of(new Target(base, request));
    }
}
