package org.advisoryforum.forum.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
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
     * One member's digest, in its own transaction. The member's row is locked first, so that when two replicas run
     * the check at the same moment the second waits, then sees the first one's {@code lastDigestAt} and sends nothing:
     * no digest goes out twice.
     */
    public boolean gatherFor(UUID memberId, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> gather(memberId, now));
    }

    private boolean gather(UUID memberId, Instant now) {
        Member member = members.findById(memberId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (member == null
                || !member.isActive()
                || member.lastDigestAt != null
                        && member.lastDigestAt
                                .plus(member.digest.period())
                                .minus(EARLY_ALLOWANCE)
                                .isAfter(now)) {
            return false;
        }
        List<Notification> fresh = notifications.undigested(memberId);
        if (fresh.isEmpty()) {
            return false;
        }
        fresh.forEach(n -> n.digestedAt = now);
        member.lastDigestAt = now;
        if (consents.mayEmail(memberId)) {
            mailer.send(memberId, fresh);
        }
        return true;
    }
}
