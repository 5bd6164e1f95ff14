package org.advisoryforum.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows to Kafka: straight after each commit that wrote one, and on a timer for whatever
 * could not be sent (for example while the broker was down). A failed send stops the batch, so nothing
 * overtakes an event that is still waiting.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK_KEY = 0x6f7574626f78L; // "outbox"
    private static final int BATCH_SIZE = 100;

    private final OutboxRepository repository;
    private final OutboxSender sender;
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean nudgePending = new AtomicBoolean();

    public OutboxRelay(OutboxRepository repository, OutboxSender sender) {
        this.repository = repository;
        this.sender = sender;
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        if (nudgePending.compareAndSet(false, true)) {
            nudges.submit(() -> {
                nudgePending.set(false);
                relayAll();
            });
        }
    }

    @Scheduled(every = "${platform.outbox.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        relayAll();
    }

    /** Sends everything pending; returns how many events were sent. */
    public synchronized int relayAll() {
        int total = 0;
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += sent;
            } while (sent == BATCH_SIZE);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
        }
        return total;
    }

    private int relayBatch() {
        if (!repository.tryLock(RELAY_LOCK_KEY)) {
            return 0;
        }
        List<OutboxEvent> batch = repository.lockPendingBatch(BATCH_SIZE);
        int sent = 0;
        for (OutboxEvent event : batch) {
            try {
                sender.send(event);
                if (event.forgetWhenSent) {
                    repository.delete(event);
                } else {
                    event.sentAt = Instant.now();
                    event.lastError = null;
                }
                sent++;
            } catch (Exception e) {
                event.attempts++;
                event.lastError = truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
                LOG.warnf("event %s (%s) not sent yet, attempt %d: %s", event.eventId, event.type, event.attempts,
                        event.lastError);
                return sent;
            }
        }
        return sent;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    void onStop(@Observes ShutdownEvent event) {
        nudges.shutdownNow();
    }
}
