package org.advisoryforum.consultation.themes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The 160 labelled answers of themes/themes-payment.json (a copy of shared/demo/themes-payment.json). */
record LabelledAnswers(List<ThemeGrouper.Input> inputs, List<String> themes, List<String> languages) {

    static LabelledAnswers load() {
        try (InputStream in = LabelledAnswers.class.getResourceAsStream("/themes/themes-payment.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<ThemeGrouper.Input> inputs = new ArrayList<>();
            List<String> themes = new ArrayList<>();
            List<String> languages = new ArrayList<>();
            for (JsonNode answer : root.get("answers")) {
                inputs.add(new ThemeGrouper.Input(
                        UUID.nameUUIDFromBytes(answer.get("id").asText().getBytes(StandardCharsets.UTF_8)),
                        answer.get("text").asText()));
                themes.add(answer.get("theme").asText());
                languages.add(answer.get("lang").asText());
            }
            return new LabelledAnswers(List.copyOf(inputs), List.copyOf(themes), List.copyOf(languages));
        } catch (IOException e) {
            throw new IllegalStateException("themes-payment.json is unreadable", e);
        }
    }
}
