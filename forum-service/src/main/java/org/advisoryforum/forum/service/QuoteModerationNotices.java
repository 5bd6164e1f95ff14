package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.messaging.QuoteModerated;
import org.advisoryforum.forum.repository.MemberRepository;

/** Tells a member in their inbox when staff removed part of their words before quoting them, or did not use them, and why. */
@ApplicationScoped
public class QuoteModerationNotices {

    private final MemberRepository members;
    private final NotificationService notifications;

    public QuoteModerationNotices(MemberRepository members, NotificationService notifications) {
        this.members = members;
        this.notifications = notifications;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void quoteModerated(QuoteModerated event) {
        if (event.memberId() == null) {
            return;
        }
        Member member = members.findById(event.memberId());
        if (member == null || !member.isActive()) {
            return;
        }
        String reasons = String.join(",", event.reasons() == null ? List.<String>of() : event.reasons());
        notifications.notify(
                member.id,
                Notification.Kind.QUOTE_MODERATED,
                "REJECTED".equals(event.decision())
                        ? NotificationWords.QUOTE_REJECTED
                        : NotificationWords.QUOTE_REDACTED,
                Map.of("reasons", reasons),
                event.consultationId());
    }
}
