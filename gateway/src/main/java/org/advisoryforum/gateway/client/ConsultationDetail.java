package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsultationDetail(UUID id, String title, String summary, String plainLanguageSummary, String kind,
                                 String audience, String accountableTeam, String status, Instant opensAt,
                                 Instant closesAt, Instant closedAt, int draftVersion, List<Section> sections,
                                 List<Question> questions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String key, String heading, String text) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String key, String type, String text, String section, boolean required, Integer maxLength,
                           List<String> options) {
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }
}
