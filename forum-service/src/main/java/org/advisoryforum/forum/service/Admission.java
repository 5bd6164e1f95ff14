package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.advisoryforum.forum.domain.Application;
import org.advisoryforum.forum.domain.ConsentChannel;
import org.advisoryforum.forum.domain.ConsentRecord;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.PersonalDetails;
import org.advisoryforum.forum.domain.QuoteConsent;
import org.advisoryforum.forum.messaging.MemberEvents;
import org.advisoryforum.forum.repository.ConsentRepository;
import org.advisoryforum.forum.repository.MemberRepository;

/** Making someone a member: the member record, their first consent version, and the joined event. */
@ApplicationScoped
public class Admission {

    private final MemberRepository members;
    private final ConsentRepository consents;
    private final MemberEvents events;
    private final Clock clock;

    public Admission(MemberRepository members, ConsentRepository consents, MemberEvents events, Clock clock) {
        this.members = members;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** An approved applicant joins (or, having left, rejoins) with the details of their application. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member admit(Application application) {
        Instant now = Instant.now(clock);
        Member member = members.findByIdOptional(application.applicantId).orElse(null);
        if (member == null) {
            member = Member.join(application.applicantId, application.details.copy(), now);
            members.persist(member);
        } else {
            member.rejoin(application.details.copy(), now);
        }
        events.joined(member, initialConsent(member.id, application.contactByEmail, now));
        return member;
    }

    /** Someone who already holds the member role records their profile for the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member registerExisting(UUID memberId, PersonalDetails details) {
        Instant now = Instant.now(clock);
        Member member = Member.join(memberId, details, now);
        members.persist(member);
        events.joined(member, initialConsent(memberId, false, now));
        return member;
    }

    /** Nothing is quoted and nothing used in statistics until the member chooses; a rejoiner keeps their choices. */
    private ConsentRecord initialConsent(UUID memberId, boolean contactByEmail, Instant now) {
        return consents.current(memberId).orElseGet(() -> {
            ConsentRecord first = ConsentRecord.of(
                    memberId, 1, QuoteConsent.NONE, contactByEmail, false, ConsentChannel.JOINING, now);
            consents.persist(first);
            return first;
        });
    }
}
