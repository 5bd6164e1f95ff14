package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.messaging.ActionStatusChanged;
import org.advisoryforum.forum.repository.MemberRepository;

import java.util.List;

/** Puts "something you said has moved" in the inbox of each current member an action came from. */
@ApplicationScoped
public class ActionUpdates {

    private final MemberRepository members;
    private final NotificationService notifications;

    public ActionUpdates(MemberRepository members, NotificationService notifications) {
        this.members = members;
        this.notifications = notifications;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void actionStatusChanged(ActionStatusChanged event) {
        if (event.memberIds() == null || event.memberIds().isEmpty()) {
            return;
        }
        List<Member> recipients = members.withIds(event.memberIds().stream().distinct().toList());
        for (Member member : recipients) {
            if (member.isActive()) {
                notifications.notify(member.id, Notification.Kind.ACTION_UPDATE,
                        "Something you said has moved on: " + readable(event.status()),
                        event.summary() == null ? "An action linked to your answer has a new status." : event.summary(),
                        event.consultationId());
            }
        }
    }

    /** The words the public pages use for an action's status (Done, Partly done, Not done...), not its constant. */
    private static String readable(String status) {
        if (status == null) {
            return "updated";
        }
        return switch (status) {
            case "IMPLEMENTED" -> "done";
            case "PARTLY_ADOPTED" -> "partly done";
            case "NOT_ADOPTED" -> "not done";
            case "DEFERRED" -> "later";
            default -> status.toLowerCase(java.util.Locale.UK).replace('_', ' ');
        };
    }
}
