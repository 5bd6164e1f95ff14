package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.messaging.QuoteModerated;
import org.advisoryforum.forum.repository.MemberRepository;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Tells a member in their inbox when staff removed part of their words before quoting them, or did not use them, and why. */
@ApplicationScoped
public class QuoteModerationNotices {

    /** the reasons of feedback-tracking-service's fixed moderation list, worded for the author */
    static final Map<String, String> REASONS = Map.of(
            "NAMES_THIRD_PARTY", "it names someone else",
            "IDENTIFIES_AUTHOR", "it could identify you",
            "PERSONAL_DETAILS", "it gives personal details",
            "OFFENSIVE", "it uses offensive language",
            "OFF_TOPIC", "it is not about this consultation",
            "LEGAL", "it cannot be published for legal reasons");

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
        String why = (event.reasons() == null ? List.<String>of() : event.reasons()).stream()
                .map(REASONS::get).filter(Objects::nonNull).distinct().collect(Collectors.joining(", and "));
        String because = why.isEmpty() ? "." : " because " + why + ".";
        if ("REJECTED".equals(event.decision())) {
            notifications.notify(member.id, Notification.Kind.QUOTE_MODERATED, "Your words were not quoted",
                    "Staff did not use what you wrote as a public quote" + because
                            + " Your answer still counts in what the forum said.", event.consultationId());
        } else {
            notifications.notify(member.id, Notification.Kind.QUOTE_MODERATED, "Part of your words was removed",
                    "Staff removed part of what you wrote before quoting it" + because
                            + " The public page shows where words were removed.", event.consultationId());
        }
    }
}
