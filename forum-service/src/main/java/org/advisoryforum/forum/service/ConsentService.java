package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.api.ConsentRequest;
import org.advisoryforum.forum.api.ConsentView;
import org.advisoryforum.forum.domain.ConsentRecord;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.messaging.MemberEvents;
import org.advisoryforum.forum.repository.ConsentRepository;

/** Consent as a history of versions: a change adds a version and publishes consent-changed. */
@ApplicationScoped
public class ConsentService {

    private final ConsentRepository consents;
    private final MemberService members;
    private final MemberEvents events;
    private final Clock clock;

    public ConsentService(ConsentRepository consents, MemberService members, MemberEvents events, Clock clock) {
        this.consents = consents;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    public ConsentView.History history(UUID memberId) {
        members.requireActive(memberId);
        var all = consents.history(memberId).stream().map(ConsentView::of).toList();
        return new ConsentView.History(all.isEmpty() ? null : all.getFirst(), all);
    }

    /** Every version of the member's consent, newest first, each with when and how it came about. */
    public List<ConsentView> versions(UUID memberId) {
        return history(memberId).history();
    }

    /** Unchanged choices add no version and no event. */
    @Transactional
    public ConsentView.History change(UUID memberId, ConsentRequest request) {
        Member member = members.requireActive(memberId);
        ConsentRecord current = consents.current(memberId).orElseThrow();
        if (!current.sameChoicesAs(request.quote(), request.contactByEmail(), request.useInStatistics())) {
            ConsentRecord next = ConsentRecord.of(
                    memberId,
                    current.consentVersion + 1,
                    request.quote(),
                    request.contactByEmail(),
                    request.useInStatistics(),
                    request.channel(),
                    Instant.now(clock));
            consents.persist(next);
            events.consentChanged(member, next);
        }
        return history(memberId);
    }

    public boolean mayEmail(UUID memberId) {
        return consents.current(memberId).map(c -> c.contactByEmail).orElse(false);
    }
}
