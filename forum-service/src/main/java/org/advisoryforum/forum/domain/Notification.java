package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One message in a member's inbox; digests gather the ones not yet gathered. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Kind { INVITATION, ACTION_UPDATE, QUOTE_MODERATED, MEETING_INVITATION }

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "consultation_id")
    public UUID consultationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "digested_at")
    public Instant digestedAt;

    public static Notification of(UUID memberId, Kind kind, String title, String body, UUID consultationId,
                                  Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.memberId = memberId;
        notification.kind = kind;
        notification.title = cut(title, 200);
        notification.body = cut(body, 2000);
        notification.consultationId = consultationId;
        notification.createdAt = now;
        return notification;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
