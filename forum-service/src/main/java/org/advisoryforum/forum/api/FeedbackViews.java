package org.advisoryforum.forum.api;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.domain.Involvement;
import org.advisoryforum.forum.domain.InvolvementFeedback;

/** "Was it worth it?" as the member sees their own answer, and as counts (never who) for staff and the public. */
public final class FeedbackViews {

    private FeedbackViews() {}

    /** One member's own answer about one ledger entry. */
    public record Answer(
            UUID involvementId,
            InvolvementFeedback.TimeTaken timeTaken,
            InvolvementFeedback.Answer worthIt,
            InvolvementFeedback.Answer feltHeard,
            Instant answeredAt) {

        public static Answer of(InvolvementFeedback f) {
            return new Answer(f.involvementId, f.timeTaken, f.worthIt, f.feltHeard, f.answeredAt);
        }
    }

    /** How many answered, and how many gave each answer to each question. Every band and answer is present. */
    public record Counts(
            long answers,
            Map<InvolvementFeedback.TimeTaken, Long> timeTaken,
            Map<InvolvementFeedback.Answer, Long> worthIt,
            Map<InvolvementFeedback.Answer, Long> feltHeard) {

        public static Counts none() {
            return new Counts(
                    0,
                    zeros(InvolvementFeedback.TimeTaken.class),
                    zeros(InvolvementFeedback.Answer.class),
                    zeros(InvolvementFeedback.Answer.class));
        }

        public Counts plus(
                InvolvementFeedback.TimeTaken time,
                InvolvementFeedback.Answer worth,
                InvolvementFeedback.Answer heard,
                long n) {
            Map<InvolvementFeedback.TimeTaken, Long> t = new EnumMap<>(timeTaken);
            Map<InvolvementFeedback.Answer, Long> w = new EnumMap<>(worthIt);
            Map<InvolvementFeedback.Answer, Long> h = new EnumMap<>(feltHeard);
            t.merge(time, n, Long::sum);
            w.merge(worth, n, Long::sum);
            h.merge(heard, n, Long::sum);
            return new Counts(answers + n, t, w, h);
        }

        public Counts sum(Counts other) {
            Map<InvolvementFeedback.TimeTaken, Long> t = new EnumMap<>(timeTaken);
            Map<InvolvementFeedback.Answer, Long> w = new EnumMap<>(worthIt);
            Map<InvolvementFeedback.Answer, Long> h = new EnumMap<>(feltHeard);
            other.timeTaken.forEach((k, v) -> t.merge(k, v, Long::sum));
            other.worthIt.forEach((k, v) -> w.merge(k, v, Long::sum));
            other.feltHeard.forEach((k, v) -> h.merge(k, v, Long::sum));
            return new Counts(answers + other.answers, t, w, h);
        }

        private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
            Map<E, Long> map = new EnumMap<>(type);
            for (E value : type.getEnumConstants()) {
                map.put(value, 0L);
            }
            return map;
        }
    }

    /**
     * The answers about one activity: a consultation (its responses), a meeting (its attendance), or every other
     * activity together. {@code title} is the consultation's or meeting's when the forum knows it.
     */
    public record Activity(Involvement.Kind kind, UUID consultationId, UUID meetingId, String title, Counts counts) {}

    /** The public figure: every activity together, and per kind of activity. Counts only. */
    public record Public(Counts all, Map<Involvement.Kind, Counts> byKind) {}
}
