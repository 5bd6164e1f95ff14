package org.advisoryforum.forum.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.Forum;
import org.advisoryforum.forum.KeycloakLink;
import org.advisoryforum.forum.TestUsers;
import org.advisoryforum.forum.api.ApplicationDecisionRequest;
import org.advisoryforum.forum.domain.RoleChange;
import org.advisoryforum.forum.repository.RoleChangeRepository;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The member role in the real test Keycloak follows committed decisions only, applied after the commit. Keycloak is
 * taken away from forum-service by cutting the real network link to it ({@link KeycloakLink}), nothing is faked.
 */
@QuarkusTest
class MemberRoleSyncTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    ApplicationService applications;

    @Inject
    LeavingService leaving;

    @Inject
    MemberRoleSync sync;

    @Inject
    RoleChangeRepository changes;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void keycloakIsReachableAgain() {
        KeycloakLink.mend();
    }

    @Test
    void approvingAnApplicationGrantsTheMemberRoleAfterTheCommitAndLeavesNoChangeBehind() {
        TestUsers.Person person = TestUsers.create("granted");
        String application = Forum.apply(person, Forum.application("Granted " + person.username()));

        Forum.decide(application, Map.of("decision", "APPROVE"));

        Forum.awaitRole(person, true);
        awaitNoChangeLeftFor(person.id());
    }

    @Test
    void anApprovalThatRollsBackGrantsNothingNowOrOnAnyLaterPass() {
        TestUsers.Person person = TestUsers.create("rolled-back");
        UUID application = UUID.fromString(Forum.apply(person, Forum.application("Rolled back " + person.username())));

        QuarkusTransaction.begin();
        try {
            applications.decide(
                    application,
                    UUID.randomUUID(),
                    new ApplicationDecisionRequest(ApplicationDecisionRequest.Decision.APPROVE, null));
            assertThat(changes.pendingFor(person.id()))
                    .as("wanted inside the decision's transaction")
                    .isEqualTo(1);
        } finally {
            QuarkusTransaction.rollback();
        }

        assertThat(changesFor(person.id())).isZero();
        assertThat(rows("select count(*) from member where id = ?1", person.id()))
                .isZero();
        sync.applyDue();
        assertThat(Forum.realmRoles(person)).doesNotContain("member");
        given().auth()
                .oauth2(person.token())
                .get("/api/forum/applications/me")
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
    }

    @Test
    void aWaitingGrantForSomeoneWhoIsNoActiveMemberIsNeverApplied() {
        // e.g. written for a decision whose member has since gone: the worker follows the member's state, not the row
        TestUsers.Person person = TestUsers.create("not-admitted");
        QuarkusTransaction.requiringNew()
                .run(() -> changes.persist(RoleChange.wanted(person.id(), RoleChange.Wanted.GRANT, Instant.now())));

        sync.applyDue();

        awaitNoChangeLeftFor(person.id());
        assertThat(Forum.realmRoles(person)).doesNotContain("member");
    }

    @Test
    void whileKeycloakCannotBeReachedTheGrantWaitsAndTheWorkerAppliesItOnceKeycloakIsBack() {
        TestUsers.Person person = TestUsers.create("kc-down");
        String application = Forum.apply(person, Forum.application("Waiting " + person.username()));
        KeycloakLink.cut();

        // the decision is taken and answered at once; only the role waits
        Forum.decide(application, Map.of("decision", "APPROVE"));
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .get("/api/forum/members/" + person.id())
                .then()
                .statusCode(200)
                .body("membership.status", equalTo("ACTIVE"));
        await().atMost(PATIENCE)
                .until(() -> rows(
                                "select coalesce(max(attempts), 0) from keycloak_role_change where member_id = ?1 and wanted = 'GRANT'"
                                        + " and last_error is not null",
                                person.id())
                        >= 2);
        assertThat(Forum.realmRoles(person)).doesNotContain("member");

        KeycloakLink.mend();

        Forum.awaitRole(person, true);
        awaitNoChangeLeftFor(person.id());
    }

    @Test
    void leavingTakesTheMemberRoleAway() {
        TestUsers.Person person = Forum.newMember("revoked");

        given().auth()
                .oauth2(person.token())
                .post("/api/forum/members/me/leave")
                .then()
                .statusCode(204);

        Forum.awaitRole(person, false);
        awaitNoChangeLeftFor(person.id());
    }

    @Test
    void aRevokeAfterAGrantEndsRevokedWhenBothWaitedForKeycloak() {
        TestUsers.Person person = TestUsers.create("grant-then-revoke");
        String application = Forum.apply(person, Forum.application("Brief " + person.username()));
        KeycloakLink.cut();
        Forum.decide(application, Map.of("decision", "APPROVE"));
        leaving.leave(person.id());
        await().atMost(PATIENCE)
                .until(() -> rows(
                                "select count(*) from keycloak_role_change where member_id = ?1"
                                        + " and last_error is not null",
                                person.id())
                        == 2);

        KeycloakLink.mend();

        awaitNoChangeLeftFor(person.id());
        assertThat(Forum.realmRoles(person)).doesNotContain("member");
    }

    @Test
    void aGrantRetriedAfterALaterRevokeWasAppliedStillEndsRevoked() {
        TestUsers.Person person = Forum.newMember("late-grant");
        // a grant left waiting (its next attempt far off), then the member leaves and that revoke is applied first
        QuarkusTransaction.requiringNew().run(() -> {
            RoleChange stale = RoleChange.wanted(person.id(), RoleChange.Wanted.GRANT, Instant.now());
            stale.nextAttemptAt = Instant.now().plus(Duration.ofDays(1));
            changes.persist(stale);
        });
        given().auth()
                .oauth2(person.token())
                .post("/api/forum/members/me/leave")
                .then()
                .statusCode(204);
        Forum.awaitRole(person, false);
        await().atMost(PATIENCE).until(() -> changesFor(person.id()) == 1);

        QuarkusTransaction.requiringNew()
                .run(() -> entityManager
                        .createNativeQuery(
                                "update keycloak_role_change set next_attempt_at = now() where member_id = ?1")
                        .setParameter(1, person.id())
                        .executeUpdate());
        sync.applyDue();

        awaitNoChangeLeftFor(person.id());
        assertThat(Forum.realmRoles(person)).doesNotContain("member");
    }

    @Test
    void theDelayBetweenAttemptsDoublesUpToItsLimit() {
        assertThat(sync.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(sync.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(sync.backoff(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(sync.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    private void awaitNoChangeLeftFor(UUID memberId) {
        await().atMost(PATIENCE).until(() -> changesFor(memberId) == 0);
    }

    private long changesFor(UUID memberId) {
        return rows("select count(*) from keycloak_role_change where member_id = ?1", memberId);
    }

    private long rows(String sql, UUID parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager
                                .createNativeQuery(sql)
                                .setParameter(1, parameter)
                                .getSingleResult())
                        .longValue());
    }
}
