package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** forum-service's "Was it worth it?": a member's own answer, and the counts staff and the public see (never who). */
public final class WorthViews {

    private WorthViews() {}

    /** What the member answers: the time band and two YES / PARTLY / NO answers. */
    public record Feedback(String timeTaken, String worthIt, String feltHeard) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(UUID involvementId, String timeTaken, String worthIt, String feltHeard, Instant answeredAt) {}

    /** How many answered, and how many gave each answer (every band and answer present, zeros included). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Counts(
            long answers, Map<String, Long> timeTaken, Map<String, Long> worthIt, Map<String, Long> feltHeard) {

        public long time(String band) {
            return timeTaken == null ? 0 : timeTaken.getOrDefault(band, 0L);
        }

        public long worth(String answer) {
            return worthIt == null ? 0 : worthIt.getOrDefault(answer, 0L);
        }

        public long heard(String answer) {
            return feltHeard == null ? 0 : feltHeard.getOrDefault(answer, 0L);
        }
    }

    /** One activity's counts: a consultation, a meeting, or every other activity together. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Activity(String kind, UUID consultationId, UUID meetingId, String title, Counts counts) {}

    /** The public figure: all activities together and per kind. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Public(Counts all, Map<String, Counts> byKind) {

        public Counts kind(String kind) {
            return byKind == null ? null : byKind.get(kind);
        }

        /** The impact page's rows: all activities, then consultations, then meetings. */
        public java.util.List<Row> rows() {
            java.util.List<Row> rows = new java.util.ArrayList<>();
            rows.add(new Row("ALL", all));
            for (String kind : java.util.List.of("CONSULTATION_RESPONSE", "MEETING")) {
                if (kind(kind) != null) {
                    rows.add(new Row(kind, kind(kind)));
                }
            }
            return rows;
        }
    }

    public record Row(String kind, Counts counts) {}
}
