package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** consultation-service's suggested themes of a free-text question, and key points with their provenance (staff only). */
public final class ThemeSuggestions {

    private ThemeSuggestions() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Run(
            UUID id,
            UUID consultationId,
            String questionKey,
            int answers,
            Instant createdAt,
            String createdBy,
            List<Suggestion> suggestions) {

        /** Suggestions still waiting for a decision, other than {@code id}: what it may be merged with. */
        public List<Suggestion> mergeableWith(UUID id) {
            return suggestions.stream()
                    .filter(s -> s.undecided() && !s.id().equals(id))
                    .toList();
        }
    }

    /** method EMBEDDING (the sentence model) or TERMS (words, for answers in Welsh); status SUGGESTED, ACCEPTED, REJECTED, MERGED. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Suggestion(
            UUID id,
            int position,
            String label,
            List<String> phrases,
            String method,
            String language,
            int size,
            String status,
            List<CentralAnswer> central,
            UUID keyPointId,
            UUID mergedInto,
            Instant decidedAt,
            String decidedBy) {

        public boolean undecided() {
            return "SUGGESTED".equals(status);
        }

        /** The message keys of its status and method, and the ids of its form fields, for the pages. */
        public String statusKey() {
            return "themes_status_" + status;
        }

        public String methodKey() {
            return "themes_method_" + method;
        }

        public String acceptField() {
            return "accept-" + id;
        }

        public String relabelField() {
            return "relabel-" + id;
        }

        public String mergeField() {
            return "merge-" + id;
        }

        public String rejectField() {
            return "reject-" + id;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CentralAnswer(UUID answerId, String text) {}

    public record Label(String label) {}

    /** Merge the suggestion {@code with} into the one named in the path (its label stays). */
    public record Merge(UUID with) {}

    /** A key point as consultation-service holds it: origin STAFF or SUGGESTED (from run suggestionRunId), by whom. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record KeyPoint(UUID id, String text, Instant createdAt, Provenance provenance) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(String origin, UUID suggestionRunId, String by) {}
}
