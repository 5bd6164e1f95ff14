package org.advisoryforum.consultation.service;

import java.util.UUID;

/**
 * Who is answering: the pseudonymous member id (the token subject). No token claim decides a public name: that is
 * the forum display name from forum.member.v1, kept in the member snapshot.
 */
public record Author(UUID memberId) {}
