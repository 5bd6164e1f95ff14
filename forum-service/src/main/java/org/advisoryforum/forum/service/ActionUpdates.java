package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.messaging.ActionStatusChanged;
import org.advisoryforum.forum.repository.MemberRepository;

/** Puts "something you said has moved" (key {@code action_update}, the status as its code) in the inbox of each current member an action came from. */
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
        List<Member> recipients =
                members.withIds(event.memberIds().stream().distinct().toList());
        for (Member member : recipients) {
            if (member.isActive()) {
                Map<String, String> params = new LinkedHashMap<>();
                params.put("status", event.status());
                params.put("summary", event.summary());
                notifications.notify(
                        member.id,
                        Notification.Kind.ACTION_UPDATE,
                        NotificationWords.ACTION_UPDATE,
                        params,
                        event.consultationId());
            }
        }
    }
}
