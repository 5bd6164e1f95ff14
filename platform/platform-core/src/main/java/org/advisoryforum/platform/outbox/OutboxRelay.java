package org.advisoryforum.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka: straight after each commit that wrote one, and on a timer for whatever
 * could not be sent (for example while the broker was down). A failed send stops the batch, so nothing
 * overtakes an event that is still waiting. A send that can never succeed (the record itself is refused: too large,
 * an invalid topic, not serialisable) is parked instead: marked failed with its error, not sent again, and only the later
 * events of its topic and key wait behind it. A refusal by the producer itself (a record past max.request.size) is known
 * at once and nothing after it is handed over; one by the broker comes with the acknowledgement, when the later events
 * of that pass may already have gone (they are sent again, in order, once the parked row is dealt with).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK_KEY = 0x6f7574626f78L; // "outbox"
    private static final int BATCH_SIZE = 100;
    private static final long ACK_TIMEOUT_SECONDS = 15;

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

    @Scheduled(
            every = "${platform.outbox.poll-interval:2s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        relayAll();
    }

    /** Sends everything pending; returns how many events were sent. */
    public synchronized int relayAll() {
        int total = 0;
        try {
            Pass pass;
            do {
                pass = QuarkusTransaction.requiringNew().call(this::relayBatch);
                total += pass.sent();
            } while (pass.more());
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay pass failed, will retry: %s", e.getMessage());
        }
        return total;
    }

    /**
     * Hands the whole batch to the producer at once, then waits for the acknowledgements in order. Records of one
     * aggregate share a partition, and the idempotent producer keeps their order there. Only the rows before the
     * first failure are marked sent: the rest go again in the next pass (consumers ignore an event they already
     * processed), so nothing overtakes an event that is still waiting.
     */
    private Pass relayBatch() {
        if (!repository.tryLock(RELAY_LOCK_KEY)) {
            return new Pass(0, false);
        }
        List<OutboxEvent> batch = repository.lockPendingBatch(BATCH_SIZE);
        List<Future<?>> acknowledgements = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            try {
                Future<?> acknowledgement = sender.send(event);
                acknowledgements.add(acknowledgement);
                if (failedAlready(acknowledgement)) { // refused by the producer itself (e.g. too large): hand over
                    break; // nothing after it, so its key's later events stay behind it
                }
            } catch (RuntimeException e) { // e.g. no metadata within max.block.ms: the broker is away, stop here
                acknowledgements.add(CompletableFuture.failedFuture(e));
                break;
            }
        }
        int sent = 0;
        for (int i = 0; i < acknowledgements.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acknowledgements.get(i).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (event.forgetWhenSent) {
                    repository.delete(event);
                } else {
                    event.sentAt = Instant.now();
                    event.lastError = null;
                }
                sent++;
            } catch (Exception e) {
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                event.attempts++;
                event.lastError = truncate(cause.getClass().getSimpleName() + ": " + cause.getMessage());
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                if (refusesTheRecord(cause)) {
                    // retrying cannot help: park it, and go on at once with everything not behind it
                    event.failedAt = Instant.now();
                    LOG.errorf(
                            "event %s (%s) on %s parked, never to be sent as it is: %s; the later events of key %s "
                                    + "wait until failed_at is cleared",
                            event.eventId, event.type, event.topic, event.lastError, event.aggregateId);
                    return new Pass(sent, true);
                }
                LOG.warnf(
                        "event %s (%s) not sent yet, attempt %d: %s",
                        event.eventId, event.type, event.attempts, event.lastError);
                return new Pass(sent, false);
            }
        }
        return new Pass(sent, batch.size() == BATCH_SIZE);
    }

    private static boolean failedAlready(Future<?> acknowledgement) {
        if (!acknowledgement.isDone()) {
            return false;
        }
        try {
            acknowledgement.get();
            return false;
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** the broker or the producer refuses this record itself, so a retry would fail the same way */
    static boolean refusesTheRecord(Throwable cause) {
        return cause instanceof RecordTooLargeException
                || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException
                || cause instanceof InvalidRecordException
                || cause instanceof SerializationException;
    }

    /** @param more whether another batch should follow at once */
    private record Pass(int sent, boolean more) {}

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    void onStop(@Observes ShutdownEvent event) {
        nudges.shutdownNow();
    }
}
