package org.advisoryforum.gateway.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryforum.gateway.config.ServiceRoutes;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Optional;

/**
 * The one rule for calling a service on a user's behalf, used by the API relay and by the pages alike:
 * {@code /api/{forum|consultations|tracking}/...} goes to the service that owns it, with the user's access token.
 */
@ApplicationScoped
public class ServiceRequests {

    /** The owning service's base address, and a request to it already carrying the caller's token. */
    public record Target(URI base, HttpRequest.Builder request) {
    }

    private final ServiceRoutes routes;
    private final SecurityIdentity identity;

    public ServiceRequests(ServiceRoutes routes, SecurityIdentity identity) {
        this.routes = routes;
        this.identity = identity;
    }

    /** Empty when no service owns the path. {@code pathAndQuery} is raw (already encoded). */
    public Optional<Target> to(String pathAndQuery) {
        return to(pathAndQuery, true);
    }

    /**
     * Like {@link #to(String)}; without {@code relayIdentity} the request goes without a token (an API call that
     * came with only the browser session: {@code /api/**} takes bearer tokens only).
     */
    public Optional<Target> to(String pathAndQuery, boolean relayIdentity) {
        String[] segments = pathAndQuery.split("[/?]");
        URI base = segments.length > 2 ? routes.baseFor(segments[2]) : null;
        if (base == null) {
            return Optional.empty();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery));
        String token = relayIdentity ? accessToken() : null;
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Optional.of(new Target(base, request));
    }

    private String accessToken() {
        if (identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }
}
