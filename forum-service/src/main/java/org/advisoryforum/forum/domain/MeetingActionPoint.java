package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One action point of a meeting's minutes: what will be done, by which team or role, by when. */
@Entity
@Table(name = "meeting_action_point")
public class MeetingActionPoint {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String what;

    /** The accountable team or role, never a person's name (as for consultation actions). */
    @Column(nullable = false)
    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;
}
