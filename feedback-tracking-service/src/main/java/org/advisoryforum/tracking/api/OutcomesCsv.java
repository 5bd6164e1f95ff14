package org.advisoryforum.tracking.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.advisoryforum.platform.text.SafeText;

/** The open-data graph as CSV: one row per key point and action answering it (or none: "not yet answered"). */
final class OutcomesCsv {

    private static final List<String> PERSPECTIVES =
            List.of("LIVED_EXPERIENCE", "CARER", "SOCIAL_WORKER", "STUDENT", "EDUCATOR", "OTHER");
    private static final String HEADER = "consultation_id,consultation_title,outcome_published_at,key_point_id,"
            + "key_point_text,key_point_voices,action_id,action_status,action_description,action_reason,owner,due_date,"
            + "review_date,evidence_section,evidence_from_version,evidence_to_version,evidence_url,action_voices,"
            + PERSPECTIVES.stream().map(p -> "action_voices_" + p.toLowerCase()).collect(Collectors.joining(","))
            + ",reflects,misses";

    private OutcomesCsv() {}

    static String of(OpenDataView graph) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (OpenDataView.Outcome o : graph.consultations()) {
            Map<UUID, YouSaidWeDidView.WeDid> actions =
                    o.actions().stream().collect(Collectors.toMap(YouSaidWeDidView.WeDid::actionId, a -> a));
            for (OpenDataView.KeyPoint k : o.keyPoints()) {
                List<YouSaidWeDidView.WeDid> answering = k.actionIds().stream()
                        .map(actions::get)
                        .filter(Objects::nonNull)
                        .toList();
                if (answering.isEmpty()) {
                    row(csv, o, k, null);
                }
                answering.forEach(a -> row(csv, o, k, a));
            }
        }
        return csv.toString();
    }

    private static void row(
            StringBuilder csv, OpenDataView.Outcome o, OpenDataView.KeyPoint k, YouSaidWeDidView.WeDid a) {
        EvidenceView.DraftChangeView change =
                a == null || a.evidence() == null ? null : a.evidence().draftChange();
        Stream<Object> head = Stream.of(
                o.consultationId(),
                o.title(),
                o.outcomePublishedAt(),
                k.id(),
                k.text(),
                k.voices().total());
        Stream<Object> action = a == null
                ? Stream.of("", "not yet answered", "", "", "", "", "", "", "", "", "", "")
                : Stream.of(
                        a.actionId(),
                        a.status(),
                        a.description(),
                        a.reason(),
                        a.owner(),
                        a.dueDate(),
                        a.reviewDate(),
                        change == null ? null : change.sectionKey(),
                        change == null ? null : change.fromVersion(),
                        change == null ? null : change.toVersion(),
                        a.evidence() == null ? null : a.evidence().documentUrl(),
                        a.voices().total());
        Stream<Object> perspectives = PERSPECTIVES.stream()
                .map(p -> a == null ? "" : a.voices().byPerspective().getOrDefault(p, 0));
        Stream<Object> tally = a == null
                ? Stream.of("", "")
                : Stream.of(a.confirmations().reflects(), a.confirmations().misses());
        csv.append(Stream.of(head, action, perspectives, tally)
                        .flatMap(s -> s)
                        .map(OutcomesCsv::cell)
                        .collect(Collectors.joining(",")))
                .append("\r\n");
    }

    /** RFC 4180 cell with formula defusing and no control characters, shared with every CSV the platform writes */
    static String cell(Object value) {
        return SafeText.csvCell(value);
    }
}
