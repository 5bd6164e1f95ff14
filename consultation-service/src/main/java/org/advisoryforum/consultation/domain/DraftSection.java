package org.advisoryforum.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One section of one version of a consultation's draft document. */
@Entity
@Table(name = "draft_section")
public class DraftSection {

    @EmbeddedId
    public Key id;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String heading;

    @Column(nullable = false)
    public String body;

    public String sectionKey() {
        return id.sectionKey;
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "consultation_id")
        public UUID consultationId;

        @Column(name = "version")
        public int version;

        @Column(name = "section_key")
        public String sectionKey;

        public Key() {}

        public Key(UUID consultationId, int version, String sectionKey) {
            this.consultationId = consultationId;
            this.version = version;
            this.sectionKey = sectionKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && k.consultationId.equals(consultationId)
                    && k.version == version
                    && k.sectionKey.equals(sectionKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(consultationId, version, sectionKey);
        }
    }
}
