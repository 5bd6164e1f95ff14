package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.forum.domain.Invitation;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.messaging.DifferenceAsked;
import org.advisoryforum.forum.repository.MemberRepository;

/**
 * Asks each current member behind an action whose review date has come "did it make a difference?" (key
 * {@code difference_asked}, in their inbox and so their next digest), within their contact limit: a member at their
 * limit or in a quiet period is not asked.
 */
@ApplicationScoped
public class DifferenceQuestions {

    private final MemberRepository members;
    private final NotificationService notifications;
    private final ContactLimit contactLimit;
    private final Clock clock;

    public DifferenceQuestions(
            MemberRepository members, NotificationService notifications, ContactLimit contactLimit, Clock clock) {
        this.members = members;
        this.notifications = notifications;
        this.contactLimit = contactLimit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void differenceAsked(DifferenceAsked event) {
        if (event.actionId() == null
                || event.memberIds() == null
                || event.memberIds().isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actionId", event.actionId().toString());
        params.put("summary", event.summary());
        params.put(
                "reviewDate",
                event.reviewDate() == null ? null : event.reviewDate().toString());
        List<Member> recipients =
                members.withIds(event.memberIds().stream().distinct().toList());
        for (Member member : recipients) {
            if (member.isActive() && contactLimit.outcomeFor(member, now) == Invitation.Outcome.INVITED) {
                notifications.notify(
                        member.id,
                        Notification.Kind.DIFFERENCE_ASKED,
                        NotificationWords.DIFFERENCE_ASKED,
                        params,
                        event.consultationId());
            }
        }
    }
}
