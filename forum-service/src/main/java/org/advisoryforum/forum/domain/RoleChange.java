package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A change to a member's Keycloak realm role {@code member} that a committed decision wants: written in the
 * decision's transaction, applied after the commit, deleted once applied.
 */
@Entity
@Table(name = "keycloak_role_change")
public class RoleChange {

    public enum Wanted {
        GRANT,
        REVOKE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    public Wanted wanted;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "last_error", length = 500)
    public String lastError;

    public static RoleChange wanted(UUID memberId, Wanted wanted, Instant now) {
        RoleChange change = new RoleChange();
        change.memberId = memberId;
        change.wanted = wanted;
        change.createdAt = now;
        change.nextAttemptAt = now;
        return change;
    }
}
