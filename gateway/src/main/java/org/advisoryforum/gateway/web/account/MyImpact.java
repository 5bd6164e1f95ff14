package org.advisoryforum.gateway.web.account;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.advisoryforum.gateway.client.ConsultationDetail;
import org.advisoryforum.gateway.client.InputOutcome;
import org.advisoryforum.gateway.client.MemberImpact;

/**
 * "My impact" in words: each of the member's answers named by its question's text, each comment by its section's
 * heading, read from the consultation once per consultation; the keys the services store them by are never shown.
 */
public final class MyImpact {

    private MyImpact() {}

    /** {@code question} or {@code section} is null when the consultation no longer says (the page then says "Your answer"). */
    public record Entry(InputOutcome item, String question, String section) {

        public boolean isAnswer() {
            return item.questionKey() != null;
        }
    }

    /** {@code consultation}: the consultation by id, empty when it cannot be read. */
    public static List<Entry> of(MemberImpact impact, Function<UUID, Optional<ConsultationDetail>> consultation) {
        Map<UUID, Optional<ConsultationDetail>> read = new HashMap<>();
        return (impact.items() == null ? List.<InputOutcome>of() : impact.items())
                .stream()
                        .map(item -> {
                            Optional<ConsultationDetail> detail = item.consultationId() == null
                                    ? Optional.empty()
                                    : read.computeIfAbsent(item.consultationId(), consultation);
                            String question = item.questionKey() == null
                                    ? null
                                    : detail.map(d -> d.question(item.questionKey()))
                                            .map(ConsultationDetail.Question::text)
                                            .orElse(null);
                            String section = item.sectionKey() == null
                                    ? null
                                    : detail.map(d -> d.section(item.sectionKey()))
                                            .map(ConsultationDetail.Section::heading)
                                            .orElse(null);
                            return new Entry(item, question, section);
                        })
                        .toList();
    }
}
