package org.advisoryforum.forum.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.advisoryforum.forum.domain.Position;

/** What staff set about a member's term of membership and position. */
public record MembershipRequest(
        LocalDate termStart,
        LocalDate termEnd,
        LocalDate ceasedOn,
        @NotNull Position position) {}
