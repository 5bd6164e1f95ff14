package org.advisoryforum.tracking.domain;

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

/** Who raised (FLAGGED) or read (LISTED) safeguarding flags, and when: subject ids only. */
@Entity
@Table(name = "safeguarding_audit")
public class SafeguardingAudit {

    public enum Event {
        FLAGGED,
        LISTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Event event;

    @Column(name = "flag_id")
    public UUID flagId;

    @Column(nullable = false)
    public String actor;

    @Column(name = "happened_at", nullable = false)
    public Instant at;

    public static SafeguardingAudit of(Event event, UUID flagId, String actor, Instant at) {
        SafeguardingAudit audit = new SafeguardingAudit();
        audit.event = event;
        audit.flagId = flagId;
        audit.actor = actor;
        audit.at = at;
        return audit;
    }
}
