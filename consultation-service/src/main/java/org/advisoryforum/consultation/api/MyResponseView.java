package org.advisoryforum.consultation.api;

import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.consultation.domain.ConsultationStatus;
import org.advisoryforum.consultation.domain.ResponseStatus;

/** One of the caller's own responses, with where its consultation has got to: for the member's list of consultations. */
public record MyResponseView(
        UUID responseId,
        UUID consultationId,
        String consultationTitle,
        ConsultationStatus consultationStatus,
        Instant closesAt,
        ResponseStatus status,
        int answered,
        Instant updatedAt,
        Instant submittedAt,
        Instant withdrawnAt) {}
