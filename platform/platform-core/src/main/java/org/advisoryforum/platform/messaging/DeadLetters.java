package org.advisoryforum.platform.messaging;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Keeps what could not be processed where staff can see it, next to the dead-letter topic. */
@ApplicationScoped
public class DeadLetters implements PanacheRepository<DeadLetter> {

    private static final int MAX_REASON = 500;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String consumer, String record, String reason) {
        DeadLetter letter = new DeadLetter();
        letter.consumer = consumer;
        letter.record = record == null ? "" : record; // whole, or it could not be replayed
        letter.reason = cut(reason == null ? "unknown" : reason, MAX_REASON);
        letter.receivedAt = Instant.now();
        persist(letter);
    }

    public List<DeadLetterView> recent() {
        return find("", Sort.descending("receivedAt")).page(0, 100).list().stream()
                .map(DeadLetters::view)
                .toList();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    static DeadLetterView view(DeadLetter l) {
        return new DeadLetterView(l.id, l.consumer, l.reason, l.record, l.receivedAt, l.replayedAt, l.replayedBy);
    }

    /** {@code replayedAt} and {@code replayedBy} are null until staff replayed it. */
    public record DeadLetterView(
            long id,
            String consumer,
            String reason,
            String record,
            Instant receivedAt,
            Instant replayedAt,
            String replayedBy) {}
}
