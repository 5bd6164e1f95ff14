package org.advisoryforum.tracking.api;

import org.advisoryforum.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.UUID;

/** The pseudonymous member id of the caller: the token's subject, as in every service. */
final class Caller {

    private Caller() {
    }

    static UUID memberId(JsonWebToken token) {
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.forbidden("This token does not identify a forum member.");
        }
    }
}
