package org.advisoryforum.consultation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;

@Entity
@Table(name = "consultation")
public class Consultation {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String summary;

    @Column(name = "plain_language_summary")
    public String plainLanguageSummary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Column(name = "accountable_team", nullable = false)
    public String accountableTeam;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    public Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ConsultationStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "outcome_published_at")
    public Instant outcomePublishedAt;

    @Column(name = "draft_version", nullable = false)
    public int draftVersion;

    @Version
    public long version;

    public static Consultation draft(Instant now) {
        Consultation consultation = new Consultation();
        consultation.id = UUID.randomUUID();
        consultation.status = ConsultationStatus.DRAFT;
        consultation.createdAt = now;
        return consultation;
    }

    public void requireDraft(String action) {
        if (status != ConsultationStatus.DRAFT) {
            throw ProblemException.conflict(
                    "Only a draft consultation can be " + action + "; this one is " + status + ".");
        }
    }

    /** Opens the consultation to answers. A plain-language summary is required: everyone must be able to follow it. */
    public void publish(Instant now) {
        requireDraft("published");
        if (plainLanguageSummary == null || plainLanguageSummary.isBlank()) {
            throw ProblemException.invalidField("plainLanguageSummary", "is required before publishing");
        }
        if (!closesAt.isAfter(now)) {
            throw ProblemException.invalidField("closesAt", "must be in the future when publishing");
        }
        if (opensAt == null || !opensAt.isAfter(now)) {
            opensAt = now;
            status = ConsultationStatus.OPEN;
        } else {
            status = ConsultationStatus.SCHEDULED;
        }
        publishedAt = now;
    }

    /** A scheduled consultation opens by itself at its opening time. */
    public boolean openIfDue(Instant now) {
        if (status == ConsultationStatus.SCHEDULED && !opensAt.isAfter(now)) {
            status = ConsultationStatus.OPEN;
            return true;
        }
        return false;
    }

    public boolean isDueToClose(Instant now) {
        return status == ConsultationStatus.OPEN && !closesAt.isAfter(now);
    }

    public void close(Instant now) {
        if (status != ConsultationStatus.OPEN && status != ConsultationStatus.SCHEDULED) {
            throw ProblemException.conflict("Only an open consultation can be closed; this one is " + status + ".");
        }
        status = ConsultationStatus.CLOSED;
        closedAt = now;
    }

    public void requireOpenForAnswers() {
        if (status != ConsultationStatus.OPEN) {
            throw ProblemException.conflict(
                    status == ConsultationStatus.SCHEDULED
                            ? "This consultation is not open for answers yet."
                            : "This consultation is closed: answers can no longer be given, changed or withdrawn.");
        }
    }

    public void requireClosed(String action) {
        if (!status.isClosed()) {
            throw ProblemException.conflict("Only after the consultation has closed can staff " + action + ".");
        }
    }

    /** Analysis starts with the first key point. */
    public void startAnalysis() {
        requireClosed("record key points");
        if (status == ConsultationStatus.CLOSED) {
            status = ConsultationStatus.ANALYSING;
        }
    }

    public void publishOutcome(Instant now) {
        if (status != ConsultationStatus.ANALYSING) {
            throw ProblemException.conflict("An outcome can be published once key points exist and before it was "
                    + "published; this consultation is " + status + ".");
        }
        status = ConsultationStatus.OUTCOME_PUBLISHED;
        outcomePublishedAt = now;
    }
}
