package org.advisoryforum.forum.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.forum.client.DigestMailer;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.forum.repository.NotificationRepository;
import org.jboss.logging.Logger;

/**
 * Gathers each member's new notifications into one digest a day or a week (their choice), so nobody gets a
 * stream of messages. A digest goes by e-mail only when e-mail delivery is on and the member consents to it.
 */
@ApplicationScoped
public class DigestService {

    private static final Logger LOG = Logger.getLogger(DigestService.class);
    /** The check runs on a timer: a digest a few minutes early beats one a whole check interval late. */
    private static final Duration EARLY_ALLOWANCE = Duration.ofMinutes(5);

    private final NotificationRepository notifications;
    private final MemberRepository members;
    private final ConsentService consents;
    private final DigestMailer mailer;
    private final Clock clock;

    public DigestService(
            NotificationRepository notifications,
            MemberRepository members,
            ConsentService consents,
            DigestMailer mailer,
            Clock clock) {
        this.notifications = notifications;
        this.members = members;
        this.consents = consents;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Scheduled(
            every = "${forum.digest.check-every:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @WithSpan("DigestService.scheduled") // its own trace: the Keycloak and mail calls of a check show under it
    void scheduled() {
        gatherDue(Instant.now(clock));
    }

    /** @return how many members got a digest. One member's failure does not hold up the others. */
    public int gatherDue(Instant now) {
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(notifications::membersWithUndigested);
        int sent = 0;
        for (UUID memberId : waiting) {
            try {
                if (gatherFor(memberId, now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("digest for member %s failed, will retry: %s", memberId, e.getMessage());
            }
        }
        return sent;
    }

    /**
     * One member's digest. First, in a short read-only transaction, whether one is due and may go by e-mail; then, with
     * no transaction open, the address from Keycloak (a Keycloak call never holds a database transaction); then the
     * digest in its own transaction. There the member's row is locked first, so that when two replicas run the check at
     * the same moment the second waits, then sees the first one's {@code lastDigestAt} and sends nothing: no digest goes
     * out twice. A Keycloak that cannot be reached leaves this member's notifications waiting for the next check (they
     * are in the inbox meanwhile) and throws; nothing was written.
     */
    public boolean gatherFor(UUID memberId, Instant now) {
        Optional<Boolean> byEmail = QuarkusTransaction.requiringNew().call(() -> {
            Member member = members.findById(memberId);
            return isDue(member, now) && !notifications.undigested(memberId).isEmpty()
                    ? Optional.of(mailer.enabled() && consents.mayEmail(memberId))
                    : Optional.<Boolean>empty();
        });
        if (byEmail.isEmpty()) {
            return false;
        }
        Optional<String> address = byEmail.get() ? mailer.address(memberId) : Optional.empty();
        return QuarkusTransaction.requiringNew().call(() -> gather(memberId, now, address));
    }

    private boolean gather(UUID memberId, Instant now, Optional<String> address) {
        Member member = members.findById(memberId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (!isDue(member, now)) {
            return false;
        }
        List<Notification> fresh = notifications.undigested(memberId);
        if (fresh.isEmpty()) {
            return false;
        }
        fresh.forEach(n -> n.digestedAt = now);
        member.lastDigestAt = now;
        // consent read again under the lock: withdrawn since the address was read, no e-mail goes
        if (address.isPresent() && consents.mayEmail(memberId)) {
            mailer.send(address.get(), fresh);
        }
        return true;
    }

    private static boolean isDue(Member member, Instant now) {
        return member != null
                && member.isActive()
                && (member.lastDigestAt == null
                        || !member.lastDigestAt
                                .plus(member.digest.period())
                                .minus(EARLY_ALLOWANCE)
                                .isAfter(now));
    }
}
