package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** One item of a meeting's agenda, possibly about a consultation and one section of its draft. */
@Embeddable
public class AgendaItem {

    @Column(nullable = false)
    public String title;

    @Column(name = "consultation_id")
    public UUID consultationId;

    @Column(name = "section_key")
    public String sectionKey;

    public static AgendaItem of(String title, UUID consultationId, String sectionKey) {
        AgendaItem item = new AgendaItem();
        item.title = title.strip();
        item.consultationId = consultationId;
        item.sectionKey = sectionKey == null || sectionKey.isBlank() ? null : sectionKey.strip();
        return item;
    }
}
