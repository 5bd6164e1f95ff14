package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.forum.api.MemberView;
import org.advisoryforum.forum.api.MembershipRequest;
import org.advisoryforum.forum.api.ProfileRequest;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.PersonalDetails;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.QuoteConsent;
import org.advisoryforum.forum.domain.Region;
import org.advisoryforum.forum.messaging.MemberEvents;
import org.advisoryforum.forum.repository.ConsentRepository;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.platform.problem.ProblemException;

/** Members' profiles: their own view and edits, and what staff read and set (term, position). */
@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final ConsentRepository consents;
    private final Admission admission;
    private final MemberEvents events;

    public MemberService(
            MemberRepository members, ConsentRepository consents, Admission admission, MemberEvents events) {
        this.members = members;
        this.consents = consents;
        this.admission = admission;
        this.events = events;
    }

    public MemberView profile(UUID memberId) {
        return MemberView.of(requireActive(memberId));
    }

    /**
     * Edits the caller's profile. Someone who holds the member role but has no profile yet (members from before
     * this service kept profiles, e.g. the demo personas) creates it with their first edit.
     */
    @Transactional
    public MemberView editOwn(UUID memberId, ProfileRequest request) {
        Member member = members.findByIdOptional(memberId).orElse(null);
        if (member == null) {
            member = admission.registerExisting(memberId, request.toDetails());
        } else if (!member.isActive()) {
            throw leftTheForum();
        } else {
            PersonalDetails before = member.details.copy();
            member.details = request.toDetails();
            QuoteConsent quote = consents.current(memberId).map(c -> c.quote).orElse(QuoteConsent.NONE);
            boolean publicNameChanged =
                    quote == QuoteConsent.NAMED && !member.details.displayName.equals(before.displayName);
            if (member.details.publicPartDiffersFrom(before) || publicNameChanged) {
                events.profileChanged(member, quote);
            }
        }
        member.digest = request.contact().digest();
        member.maxInvitationsPerMonth = request.contact().maxInvitationsPerMonth();
        member.quietUntil = request.contact().quietUntil();
        if (request.contact().keepInvitingAsUsual() != null) {
            member.keepInvitingAsUsual = request.contact().keepInvitingAsUsual();
        }
        return MemberView.of(member);
    }

    /** The longest display name a member can have (the column's size), so the longest search that can match. */
    static final int NAME_LENGTH = 100;

    /**
     * Staff's member search: any part of the name in any case, a perspective, a region (exact enum names); a blank or
     * absent filter matches everyone. A value no member can hold is refused (400 naming the field), not ignored.
     */
    public List<MemberView> search(String name, String perspective, String region) {
        String words = name == null || name.isBlank() ? null : name.strip();
        if (words != null && words.length() > NAME_LENGTH) {
            throw ProblemException.invalidField("name", "size", "must be at most " + NAME_LENGTH + " characters");
        }
        return members
                .search(
                        words,
                        filter("perspective", perspective, Perspective.class),
                        filter("region", region, Region.class))
                .stream()
                .map(MemberView::of)
                .toList();
    }

    private static <E extends Enum<E>> E filter(String field, String value, Class<E> type) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw ProblemException.invalidField(
                field, "unknown_value", "is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    public MemberView get(UUID memberId) {
        return MemberView.of(find(memberId));
    }

    @Transactional
    public MemberView setMembership(UUID memberId, MembershipRequest request) {
        Member member = find(memberId);
        member.setTerm(request.termStart(), request.termEnd(), request.ceasedOn(), request.position());
        return MemberView.of(member);
    }

    /** The caller's member record, if they are a current member. */
    public Member requireActive(UUID memberId) {
        Member member = members.findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("You have no member profile yet."));
        if (!member.isActive()) {
            throw leftTheForum();
        }
        return member;
    }

    private Member find(UUID memberId) {
        return members.findByIdOptional(memberId)
                .orElseThrow(() -> ProblemException.notFound("There is no member " + memberId + "."));
    }

    private static ProblemException leftTheForum() {
        return ProblemException.forbidden("You have left the forum.");
    }
}
