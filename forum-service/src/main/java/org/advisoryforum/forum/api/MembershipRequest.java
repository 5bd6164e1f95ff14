package org.advisoryforum.forum.api;

import jakarta.validation.constraints.NotNull;
import org.advisoryforum.forum.domain.Position;

import java.time.LocalDate;

/** What staff set about a member's term of membership and position. */
public record MembershipRequest(LocalDate termStart, LocalDate termEnd, LocalDate ceasedOn, @NotNull Position position) {
}
