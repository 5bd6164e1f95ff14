package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.api.ApplicationDecisionRequest;
import org.advisoryforum.forum.api.ApplicationRequest;
import org.advisoryforum.forum.api.ApplicationView;
import org.advisoryforum.forum.domain.Application;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.RoleChange;
import org.advisoryforum.forum.repository.ApplicationRepository;
import org.advisoryforum.platform.problem.ProblemException;

@ApplicationScoped
public class ApplicationService {

    public static final String MEMBER_ROLE = "member";

    private final ApplicationRepository applications;
    private final Admission admission;
    private final MemberRoleSync roles;
    private final Clock clock;

    public ApplicationService(
            ApplicationRepository applications, Admission admission, MemberRoleSync roles, Clock clock) {
        this.applications = applications;
        this.admission = admission;
        this.roles = roles;
        this.clock = clock;
    }

    @Transactional
    public ApplicationView apply(UUID applicantId, boolean alreadyMember, ApplicationRequest request) {
        if (alreadyMember) {
            throw ProblemException.conflict("You are already a member of the forum.");
        }
        if (applications.hasPending(applicantId)) {
            throw ProblemException.conflict("You already have an application waiting for a decision.");
        }
        Application application = Application.submit(
                applicantId, request.toDetails(), request.why(), request.contactByEmail(), Instant.now(clock));
        applications.persist(application);
        return ApplicationView.of(application);
    }

    public ApplicationView mine(UUID applicantId) {
        return applications
                .latestOf(applicantId)
                .map(ApplicationView::of)
                .orElseThrow(() -> ProblemException.notFound("You have not applied to join the forum."));
    }

    public List<ApplicationView> list(Application.Status status) {
        return applications.withStatus(status).stream().map(ApplicationView::of).toList();
    }

    public ApplicationView get(UUID id) {
        return ApplicationView.of(find(id));
    }

    /**
     * Nobody decides their own application. Approval records that the member should hold the Keycloak realm role
     * {@code member}; {@link MemberRoleSync} grants it once this transaction has committed (at once, or with retries
     * while Keycloak cannot be reached), so a decision that rolls back grants nothing and the answer never waits for
     * Keycloak.
     */
    @Transactional
    public ApplicationView decide(UUID id, UUID staffId, ApplicationDecisionRequest request) {
        Application application = find(id);
        if (application.applicantId.equals(staffId)) {
            // approving oneself would grant the member role to a staff account on its own say-so
            throw ProblemException.rule(
                    403,
                    "own_application",
                    "You cannot decide your own application to join; another member of staff must.");
        }
        Instant now = Instant.now(clock);
        if (request.decision() == ApplicationDecisionRequest.Decision.DECLINE) {
            application.decline(staffId, request.reason(), now);
            return ApplicationView.of(application);
        }
        application.approve(staffId, now);
        Member member = admission.admit(application);
        roles.want(member.id, RoleChange.Wanted.GRANT);
        applications.flush(); // a database refusal surfaces here, as a problem answer, not at commit
        return ApplicationView.of(application);
    }

    private Application find(UUID id) {
        return applications
                .findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no application " + id + "."));
    }
}
