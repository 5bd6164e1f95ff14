package org.advisoryforum.gateway.client;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The access token of whoever is looking: the bearer token of an API call, or the access token of a browser's OIDC
 * session (pages). Services check the same identity and roles themselves.
 */
@ApplicationScoped
public class CallerToken {

    private final SecurityIdentity identity;

    public CallerToken(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Optional<String> current() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return Optional.ofNullable(credential == null ? null : credential.getToken());
    }
}
