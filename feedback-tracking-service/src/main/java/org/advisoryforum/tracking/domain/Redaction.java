package org.advisoryforum.tracking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A removed span of quoted words: characters [start, end) of the text as the author wrote it. */
@Embeddable
public class Redaction {

    @Column(name = "start_offset", nullable = false)
    public int start;

    @Column(name = "end_offset", nullable = false)
    public int end;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ModerationReason reason;

    public static Redaction of(int start, int end, ModerationReason reason) {
        Redaction redaction = new Redaction();
        redaction.start = start;
        redaction.end = end;
        redaction.reason = reason;
        return redaction;
    }
}
