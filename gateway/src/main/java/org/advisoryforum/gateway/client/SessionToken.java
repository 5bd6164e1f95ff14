package org.advisoryforum.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Puts the caller's access token on every typed client call the pages make ({@link CallerToken}: the session's token
 * for a browser, the bearer token for an API client); an anonymous visitor's calls go without one.
 */
@ApplicationScoped
public class SessionToken implements ClientHeadersFactory {

    private final CallerToken token;

    public SessionToken(CallerToken token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(
            MultivaluedMap<String, String> incoming, MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        token.current().ifPresent(t -> headers.putSingle("Authorization", "Bearer " + t));
        return headers;
    }
}
