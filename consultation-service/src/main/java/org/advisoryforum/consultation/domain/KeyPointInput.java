package org.advisoryforum.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;

@Embeddable
public class KeyPointInput {

    public enum Kind {
        ANSWER,
        COMMENT
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "input_kind", nullable = false)
    public Kind kind;

    @Column(name = "input_id", nullable = false)
    public UUID inputId;

    public KeyPointInput() {}

    public KeyPointInput(Kind kind, UUID inputId) {
        this.kind = kind;
        this.inputId = inputId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyPointInput other && other.kind == kind && other.inputId.equals(inputId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, inputId);
    }
}
