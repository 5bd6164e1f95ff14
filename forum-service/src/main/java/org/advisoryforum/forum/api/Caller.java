package org.advisoryforum.forum.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in person: their Keycloak user id (the token's sub) is their pseudonymous member id. */
@RequestScoped
public class Caller {

    private final JsonWebToken token;
    private final SecurityIdentity identity;

    public Caller(JsonWebToken token, SecurityIdentity identity) {
        this.token = token;
        this.identity = identity;
    }

    public UUID id() {
        String subject = token.getSubject();
        if (subject == null) {
            throw ProblemException.forbidden("The access token does not name its subject.");
        }
        return UUID.fromString(subject);
    }

    public boolean hasMemberRole() {
        return identity.hasRole("member");
    }
}
