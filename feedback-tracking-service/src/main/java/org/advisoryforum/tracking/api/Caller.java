package org.advisoryforum.tracking.api;

import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The pseudonymous member id of the caller, or who a staff member is: the token's subject, as in every service. */
final class Caller {

    private Caller() {}

    /** who did something, for logs and audits: the token's subject id, never a name or username from the token */
    static String subject(JsonWebToken token) {
        String subject = token.getSubject();
        if (subject == null || subject.isBlank()) {
            throw ProblemException.forbidden("This token names no subject.");
        }
        return subject;
    }

    static UUID memberId(JsonWebToken token) {
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.forbidden("This token does not identify a forum member.");
        }
    }
}
