package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The public "You said, we did" of one consultation, as feedback-tracking-service serves it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record YouSaidWeDid(
        UUID consultationId,
        String title,
        String plainLanguageSummary,
        String accountableTeam,
        Instant closedAt,
        Instant outcomePublishedAt,
        LocalDate outcomeDueBy,
        LocalDate overdueSince,
        Participation participation,
        List<YouSaid> youSaid,
        List<WeDid> weDid) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Voices(int total, Map<String, Integer> byPerspective, String summary) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participation(Voices voices, Map<String, Integer> byRegion) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String text, String attribution, String name, List<Part> parts) {}

    /** A moderated quote in pieces: words (text), or a span staff removed (removed: the reason's code). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String text, String removed) {

        private static final java.util.Set<String> REASONS = java.util.Set.of(
                "NAMES_THIRD_PARTY", "IDENTIFIES_AUTHOR", "PERSONAL_DETAILS", "OFFENSIVE", "OFF_TOPIC", "LEGAL");

        /** the key in the moderation bundle of the reason's words, in the page's language */
        public String removedKey() {
            return "reason_" + (removed != null && REASONS.contains(removed) ? removed : "OTHER");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record YouSaid(UUID keyPointId, String text, Voices voices, List<Quote> quotes, List<UUID> actionIds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DraftChange(
            int fromVersion,
            int toVersion,
            String sectionKey,
            String change,
            String headingBefore,
            String headingAfter,
            String textBefore,
            String textAfter) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Evidence(DraftChange draftChange, String documentUrl) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tally(long reflects, long misses) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WeDid(
            UUID actionId,
            List<UUID> keyPointIds,
            String description,
            String status,
            String reason,
            String owner,
            LocalDate dueDate,
            LocalDate reviewDate,
            boolean overdue,
            boolean commitmentWithoutDate,
            Evidence evidence,
            Voices voices,
            Tally confirmations,
            Difference difference) {}

    /** "Did it make a difference?": how many members behind the action gave each answer (counts only, no comment). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Difference(long madeADifference, long someDifference, long noDifference) {
        public long total() {
            return madeADifference + someDifference + noDifference;
        }
    }

    public List<WeDid> actionsFor(YouSaid point) {
        return weDid.stream()
                .filter(a -> a.keyPointIds() != null && a.keyPointIds().contains(point.keyPointId()))
                .toList();
    }
}
