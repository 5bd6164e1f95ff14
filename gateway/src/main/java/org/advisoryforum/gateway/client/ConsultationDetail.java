package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A consultation as consultation-service shows it. {@code askedBeforeAnyAnswer}: the questions it asks of someone who
 * has answered nothing yet, in the service's words; once a member has saved answers, their {@link MyResponse#askedQuestionKeys()} says.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsultationDetail(
        UUID id,
        String title,
        String summary,
        String plainLanguageSummary,
        String kind,
        String audience,
        String accountableTeam,
        ConsultationStatus status,
        Instant opensAt,
        Instant closesAt,
        Instant closedAt,
        int draftVersion,
        List<Section> sections,
        List<Question> questions,
        List<String> askedBeforeAnyAnswer) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String key, String heading, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(
            String key,
            String type,
            String text,
            String section,
            boolean required,
            Integer maxLength,
            List<String> options,
            Scale scale,
            ShowIf showIf) {

        public List<Integer> scalePoints() {
            return scale == null
                    ? List.of()
                    : java.util.stream.IntStream.rangeClosed(scale.min(), scale.max())
                            .boxed()
                            .toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Scale(int min, int max, String minLabel, String maxLabel) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ShowIf(String question, String equals) {}

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    public Question question(String key) {
        return questions.stream().filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }

    public boolean isDraft() {
        return status == ConsultationStatus.DRAFT;
    }

    public boolean isOpen() {
        return status == ConsultationStatus.OPEN;
    }
}
