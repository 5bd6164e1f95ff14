package org.advisoryforum.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.advisoryforum.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ConsultationTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    private Consultation draft() {
        Consultation c = Consultation.draft(now);
        c.title = "Paying people for their involvement";
        c.summary = "Rates and expenses";
        c.plainLanguageSummary = "We want to pay you for your time.";
        c.kind = ConsultationKind.POLICY;
        c.audience = Audience.MEMBERS;
        c.accountableTeam = "Engagement";
        c.closesAt = now.plus(Duration.ofDays(20));
        return c;
    }

    @Test
    void publishingOpensTheConsultationNow() {
        Consultation c = draft();
        c.publish(now);
        assertThat(c.status).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.opensAt).isEqualTo(now);
        assertThat(c.publishedAt).isEqualTo(now);
    }

    @Test
    void publishingNeedsAPlainLanguageSummary() {
        Consultation c = draft();
        c.plainLanguageSummary = "  ";
        assertThatThrownBy(() -> c.publish(now))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("plainLanguageSummary");
        assertThat(c.status).isEqualTo(ConsultationStatus.DRAFT);
    }

    @Test
    void aConsultationIsPublishedOnlyOnce() {
        Consultation c = draft();
        c.publish(now);
        assertThatThrownBy(() -> c.publish(now))
                .isInstanceOf(ProblemException.class)
                .satisfies(e ->
                        assertThat(((ProblemException) e).toProblem().status()).isEqualTo(409));
    }

    @Test
    void onlyAnOpenConsultationCanBeClosed() {
        Consultation c = draft();
        assertThatThrownBy(() -> c.close(now)).isInstanceOf(ProblemException.class);
        c.publish(now);
        c.close(now.plusSeconds(60));
        assertThat(c.status).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(c.closedAt).isEqualTo(now.plusSeconds(60));
    }
}
