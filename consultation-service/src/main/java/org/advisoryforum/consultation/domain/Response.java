package org.advisoryforum.consultation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One member's response to one consultation: saved as a draft, submitted, amended until close, or withdrawn. */
@Entity
@Table(name = "response")
public class Response {

    @Id
    public UUID id;

    @Column(name = "consultation_id", nullable = false)
    public UUID consultationId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResponseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Attribution attribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Provenance provenance;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Version
    public long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "response_id", nullable = false)
    public List<Answer> answers = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "response_id", nullable = false)
    public List<SectionComment> sectionComments = new ArrayList<>();

    public static Response start(UUID consultationId, UUID memberId, Attribution attribution, Instant now) {
        Response response = new Response();
        response.id = UUID.randomUUID();
        response.consultationId = consultationId;
        response.memberId = memberId;
        response.status = ResponseStatus.DRAFT;
        response.attribution = attribution;
        response.provenance = Provenance.ONLINE;
        response.createdAt = now;
        response.updatedAt = now;
        return response;
    }

    public Optional<Answer> answer(String questionKey) {
        return answers.stream().filter(a -> a.questionKey.equals(questionKey)).findFirst();
    }

    public Optional<SectionComment> comment(String sectionKey) {
        return sectionComments.stream()
                .filter(c -> c.sectionKey.equals(sectionKey))
                .findFirst();
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }
}
