package org.advisoryforum.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.platform.problem.ProblemException;

/** A signed-in person asks to join the forum; staff approve it or decline it with a reason the applicant reads. */
@Entity
@Table(name = "application")
public class Application {

    public enum Status {
        PENDING,
        APPROVED,
        DECLINED
    }

    @Id
    public UUID id;

    /** The applicant's Keycloak user id: their member id once approved. */
    @Column(name = "applicant_id", nullable = false)
    public UUID applicantId;

    @Embedded
    public PersonalDetails details;

    @Column(nullable = false)
    public String why;

    @Column(name = "contact_by_email", nullable = false)
    public boolean contactByEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Version
    public long version;

    public static Application submit(
            UUID applicantId, PersonalDetails details, String why, boolean contactByEmail, Instant now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.applicantId = applicantId;
        application.details = details;
        application.why = why.strip();
        application.contactByEmail = contactByEmail;
        application.status = Status.PENDING;
        application.submittedAt = now;
        return application;
    }

    public void approve(UUID staffId, Instant now) {
        decide(Status.APPROVED, null, staffId, now);
    }

    public void decline(UUID staffId, String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "is required when declining: the applicant reads it");
        }
        decide(Status.DECLINED, reason.strip(), staffId, now);
    }

    private void decide(Status outcome, String reason, UUID staffId, Instant now) {
        if (status != Status.PENDING) {
            throw ProblemException.conflict("This application has already been decided (" + status + ").");
        }
        status = outcome;
        decisionReason = reason;
        decidedBy = staffId;
        decidedAt = now;
    }
}
