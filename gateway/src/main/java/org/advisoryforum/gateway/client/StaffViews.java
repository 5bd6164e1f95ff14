package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the staff pages read from the services: responses with their authors' pseudonyms, and key points. */
public final class StaffViews {

    private StaffViews() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(
            UUID id,
            UUID memberId,
            List<String> perspectives,
            String attribution,
            String provenance,
            List<Answer> answers,
            List<Comment> sectionComments) {

        public String author() {
            return memberId.toString().substring(0, 8);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(UUID answerId, String questionKey, JsonNode value) {

        public String text() {
            return AnswerValues.text(value);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comment(UUID commentId, String sectionKey, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyPoint(
            UUID id,
            String text,
            YouSaidWeDid.Voices voices,
            boolean answered,
            String state,
            List<ActionSummary> actions) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionSummary(
            UUID id,
            String description,
            String status,
            String reason,
            String owner,
            LocalDate dueDate,
            boolean overdue) {}

    /**
     * One action in full for staff: the rule's flag for an undated promise, its evidence, its history (who changed
     * it, when, why) and what members said of it.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionDetail(
            UUID id,
            UUID consultationId,
            String description,
            String status,
            String reason,
            String owner,
            LocalDate dueDate,
            LocalDate reviewDate,
            boolean overdue,
            boolean commitmentWithoutDate,
            StaffPageViews.Evidence evidence,
            YouSaidWeDid.Tally confirmations,
            List<MemberView> comments,
            List<Change> history) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MemberView(String verdict, String comment, Instant at) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String status, String reason, String changedBy, Instant changedAt) {}

    /** The section-by-section differences between two versions of a draft. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DraftDiff(int fromVersion, int toVersion, List<Change> changes) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Change(
                String sectionKey,
                String change,
                String headingBefore,
                String headingAfter,
                String textBefore,
                String textAfter) {}
    }
}
