package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryforum.forum.domain.Invitation;
import org.advisoryforum.forum.domain.MeetingInvitation;

@ApplicationScoped
public class MeetingInvitationRepository implements PanacheRepositoryBase<MeetingInvitation, UUID> {

    public long invitedSince(UUID memberId, Instant since) {
        return count("memberId = ?1 and outcome = ?2 and createdAt >= ?3", memberId, Invitation.Outcome.INVITED, since);
    }

    public List<MeetingInvitation> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.ascending("createdAt"), meetingId);
    }

    public List<MeetingInvitation> ofMember(UUID memberId) {
        return list("memberId", Sort.descending("createdAt"), memberId);
    }

    public Optional<MeetingInvitation> of(UUID meetingId, UUID memberId) {
        return find("meetingId = ?1 and memberId = ?2", meetingId, memberId).firstResultOptional();
    }

    public long registered(UUID meetingId) {
        return count("meetingId = ?1 and reply = ?2", meetingId, MeetingInvitation.Reply.REGISTERED);
    }

    /** Keeps the counts (invited, registered, attended) without the person or what they told staff they need. */
    public int forget(UUID memberId) {
        return update("memberId = null, accessNeeds = null where memberId = ?1", memberId);
    }
}
