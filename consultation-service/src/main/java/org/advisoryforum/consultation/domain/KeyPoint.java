package org.advisoryforum.consultation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** "You said": a short plain-language statement standing for a group of answers and section comments. */
@Entity
@Table(name = "key_point")
public class KeyPoint {

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(nullable = false)
    public String text;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Made by staff by hand, or accepted from a suggested theme. */
    public enum Origin {
        STAFF,
        SUGGESTED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin = Origin.STAFF;

    /** The suggestion run a SUGGESTED key point was accepted from. */
    @Column(name = "suggestion_run_id")
    public UUID suggestionRunId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "key_point_input", joinColumns = @JoinColumn(name = "key_point_id"))
    public Set<KeyPointInput> inputs = new HashSet<>();
}
