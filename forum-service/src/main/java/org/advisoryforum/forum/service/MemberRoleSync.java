package org.advisoryforum.forum.service;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.context.api.ManagedExecutorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.advisoryforum.forum.client.KeycloakAccounts;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.RoleChange;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.forum.repository.RoleChangeRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Keeps a member's Keycloak realm role {@code member} in step with the forum's decisions, never inside a database
 * transaction.
 * <ol>
 * <li>A decision (approval, leaving, erasure) records the change it wants ({@link #want}) in its own transaction: a
 * decision that rolls back leaves no change behind.</li>
 * <li>Straight after that commit the sync's own thread applies it (the decision's answer waits for that at most
 * {@code fast-path-wait}, and never fails because of it);
 * a scheduled pass retries whatever failed, with a doubling delay, and picks up what another replica left.</li>
 * <li>Changes are claimed in a short transaction under a PostgreSQL advisory lock and held for a lease, so two
 * replicas never apply one member's changes at once; the Keycloak calls run after that commit; a change applied is
 * deleted, one that failed is released with its next attempt's time.</li>
 * <li>What is applied is the member's state as the database has it when claimed, not what the change said: an active
 * member gets the role, anybody else (left, erased, never admitted) loses it. So a later revoke wins over an earlier
 * grant still waiting, and no retry can grant the role for a decision that did not commit.</li>
 * </ol>
 */
@ApplicationScoped
public class MemberRoleSync {

    private static final Logger LOG = Logger.getLogger(MemberRoleSync.class);
    private static final long CLAIM_LOCK_KEY = 0x6b63726f6c65L; // "kcrole"
    private static final int BATCH_SIZE = 50;

    private final RoleChangeRepository changes;
    private final MemberRepository members;
    private final KeycloakAccounts keycloak;
    private final Event<RoleChangeWanted> wanted;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration lease;
    private final ManagedExecutor nudges;
    private final Duration fastPathWait;

    public MemberRoleSync(
            RoleChangeRepository changes,
            MemberRepository members,
            KeycloakAccounts keycloak,
            Event<RoleChangeWanted> wanted,
            Clock clock,
            // the fast path's pass: one at a time, on the container's managed threads (shut down with it), carrying
            // none of the deciding request's contexts (its request and transaction end with the answer)
            @ManagedExecutorConfig(
                            maxAsync = 1,
                            propagated = {},
                            cleared = ThreadContext.ALL_REMAINING)
                    ManagedExecutor nudges,
            @ConfigProperty(name = "forum.keycloak.role-changes.first-retry", defaultValue = "2s") Duration firstRetry,
            @ConfigProperty(name = "forum.keycloak.role-changes.max-retry", defaultValue = "5m") Duration maxRetry,
            @ConfigProperty(name = "forum.keycloak.role-changes.lease", defaultValue = "2m") Duration lease,
            @ConfigProperty(name = "forum.keycloak.role-changes.fast-path-wait", defaultValue = "5s")
                    Duration fastPathWait) {
        this.changes = changes;
        this.members = members;
        this.keycloak = keycloak;
        this.wanted = wanted;
        this.clock = clock;
        this.nudges = nudges;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.lease = lease;
        this.fastPathWait = fastPathWait;
    }

    /** Fired in the deciding transaction; observed only once it has committed. */
    public record RoleChangeWanted() {}

    /** Records, in the caller's transaction, that the member's role should follow this decision once it commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void want(UUID memberId, RoleChange.Wanted change) {
        changes.persist(RoleChange.wanted(memberId, change, Instant.now(clock)));
        wanted.fire(new RoleChangeWanted());
    }

    /**
     * Straight after the commit, on the sync's own thread (its own transactions, none of the caller's), and waits for
     * it at most {@code fast-path-wait}: a reachable Keycloak has the role by the time the decision is answered (as a
     * member signing in at once expects); a slow or unreachable one never holds the answer longer, nor fails it.
     */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoleChangeWanted change) {
        try {
            nudges.runAsync(this::applyDueInARequestOfItsOwn).get(fastPathWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the pass goes on, or the scheduled one retries: the decision stands either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The extension's Keycloak client is request-scoped: the fast path's pass gets a request context of its own (the
     * scheduler activates one itself for {@link #poll}). Self-invoked, and still intercepted (Quarkus' ArC does so for
     * non-private methods).
     */
    @ActivateRequestContext
    void applyDueInARequestOfItsOwn() {
        applyDue();
    }

    @Scheduled(
            every = "${forum.keycloak.role-changes.every:10s}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @WithSpan("MemberRoleSync.poll") // its own trace: the Keycloak calls of a retry pass show under it
    void poll() {
        applyDue();
    }

    /** Applies every change that is due; returns how many members' roles were brought up to date. */
    public synchronized int applyDue() {
        int applied = 0;
        try {
            List<Claim> claims;
            do {
                claims = QuarkusTransaction.requiringNew().call(this::claimDue);
                for (Claim claim : claims) {
                    if (apply(claim)) {
                        applied++;
                    }
                }
            } while (claims.size() == BATCH_SIZE);
        } catch (RuntimeException e) {
            LOG.warnf("applying Keycloak role changes failed, will retry: %s", e.getMessage());
        }
        return applied;
    }

    private List<Claim> claimDue() {
        if (!changes.tryLock(CLAIM_LOCK_KEY)) {
            return List.of();
        }
        Instant now = Instant.now(clock);
        Map<UUID, List<RoleChange>> byMember = new LinkedHashMap<>();
        for (RoleChange change : changes.lockDue(now, BATCH_SIZE)) {
            change.claimedUntil = now.plus(lease);
            byMember.computeIfAbsent(change.memberId, id -> new ArrayList<>()).add(change);
        }
        List<Claim> claims = new ArrayList<>(byMember.size());
        byMember.forEach((memberId, held) -> claims.add(new Claim(
                memberId,
                held.stream().map(c -> c.id).toList(),
                held.stream().mapToInt(c -> c.attempts).max().orElse(0),
                members.findByIdOptional(memberId).map(Member::isActive).orElse(false))));
        return claims;
    }

    /** Outside any transaction: Keycloak first, then the rows in a short transaction of their own. */
    private boolean apply(Claim claim) {
        try {
            if (claim.holdsRole()) {
                keycloak.grantRealmRole(claim.memberId(), ApplicationService.MEMBER_ROLE);
            } else {
                keycloak.removeRealmRole(claim.memberId(), ApplicationService.MEMBER_ROLE);
            }
        } catch (RuntimeException e) {
            int attempts = claim.attempts() + 1;
            Instant next = Instant.now(clock).plus(backoff(attempts));
            String error = truncate(e.getClass().getSimpleName() + ": " + e.getMessage());
            QuarkusTransaction.requiringNew()
                    .run(() -> changes.byIds(claim.ids()).forEach(change -> {
                        change.attempts = attempts;
                        change.nextAttemptAt = next;
                        change.claimedUntil = null;
                        change.lastError = error;
                    }));
            LOG.warnf(
                    "Keycloak role changes %s not applied yet (attempt %d, next at %s): %s",
                    claim.ids(), attempts, next, error);
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> changes.deleteByIds(claim.ids()));
        return true;
    }

    /** first-retry, doubling with each failed attempt, at most max-retry */
    Duration backoff(int attempts) {
        Duration delay = firstRetry;
        for (int i = 1; i < attempts && delay.compareTo(maxRetry) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    /** @param holdsRole whether the member should hold the role, from their state when the changes were claimed */
    private record Claim(UUID memberId, List<Long> ids, int attempts, boolean holdsRole) {}
}
