package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One message in a member's inbox; digests gather the ones not yet gathered. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Kind {
        INVITATION,
        ACTION_UPDATE,
        QUOTE_MODERATED,
        MEETING_INVITATION,
        DIFFERENCE_ASKED
    }

    @Id
    public UUID id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** what the message says, as a key the reader words in their language (see {@code NotificationWords}) */
    @Column(name = "message_key", nullable = false)
    public String messageKey;

    /** the key's parameters: titles, ISO instants, status and reason codes; never an English sentence */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> params = new LinkedHashMap<>();

    /** English text of a message written before keys ({@code legacy}); null for every newer one */
    public String title;

    public String body;

    @Column(name = "consultation_id")
    public UUID consultationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "digested_at")
    public Instant digestedAt;

    /** The key written by messages before they were keyed: their English title and body are kept instead. */
    public static final String LEGACY = "legacy";

    public static Notification of(
            UUID memberId, Kind kind, String messageKey, Map<String, String> params, UUID consultationId, Instant now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.memberId = memberId;
        notification.kind = kind;
        notification.messageKey = messageKey;
        params.forEach((name, value) -> {
            if (value != null) {
                notification.params.put(name, cut(value, 2000));
            }
        });
        notification.consultationId = consultationId;
        notification.createdAt = now;
        return notification;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
