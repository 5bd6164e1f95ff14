package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the pages send to the services: one record a request body. Absent optional fields are left out. */
public final class Requests {

    private Requests() {}

    /** A member's answers on one page, or only the attribution on the check page. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ResponseUpdate(
            ObjectNode answers,
            Map<String, String> linkedAnswers,
            Map<String, String> sectionComments,
            String attribution) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssistedResponse(String memberId, String provenance, Assisted response) {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Assisted(String attribution, ObjectNode answers) {}
    }

    public record DraftSections(List<ConsultationDetail.Section> sections) {}

    public record DraftQuestions(List<ConsultationDetail.Question> questions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DraftRevision(List<ConsultationDetail.Section> sections, String note) {}

    public record KeyPoint(String text, List<String> inputs) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Action(
            String consultationId,
            List<String> keyPointIds,
            String description,
            String status,
            String owner,
            String reason,
            String dueDate,
            String reviewDate,
            Evidence evidence) {
        /** A draft section the action changed, a published document's link, a concrete description of what changed. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Evidence(String sectionKey, String documentUrl, String description) {}
    }

    /** A new status with its reason, and for implemented or partly adopted the evidence (no section: left out). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionStatus(String status, String reason, Action.Evidence evidence) {
        public ActionStatus(String status, String reason) {
            this(status, reason, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Confirmation(String verdict, String comment) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String decision, String reason) {}

    /** {@code via}: where the member made the change, kept in their consent history (the account page: ACCOUNT_PAGE). */
    public record Consent(String quote, boolean contactByEmail, boolean useInStatistics, String via) {}

    /** The whole profile; a null contact limit or quiet period clears it, so nulls are sent. */
    public record Profile(
            String displayName,
            List<String> perspectives,
            String region,
            List<String> accessibilityNeeds,
            String accessibilityOther,
            Contact contact) {
        public record Contact(String digest, String maxInvitationsPerMonth, LocalDate quietUntil) {}
    }

    /** Unanswered optional fields go as null, as the form left them. */
    public record Application(
            String displayName,
            String why,
            List<String> perspectives,
            String region,
            List<String> accessibilityNeeds,
            String accessibilityOther,
            Boolean contactByEmail) {}

    public record Claim(UUID activityId, String type, String amount, String description) {}

    /** Staff's moderation decision: APPROVE, REDACT with spans (code points) or REJECT with a reason code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Moderation(String decision, List<ModerationSpan> redactions, String reason) {}

    public record ModerationSpan(int start, int end, String reason) {}
}
