package org.advisoryforum.consultation.service;

import java.util.UUID;

/** Who is answering: the pseudonymous member id (the token subject) and the name to quote if they choose so. */
public record Author(UUID memberId, String displayName) {
}
