package org.advisoryforum.forum.api;

import java.time.Instant;
import java.util.List;

/**
 * Everything forum-service holds about the caller, for "download my data": each field is the same record the
 * member's own endpoint returns (documented in the module README). Nothing about any other member.
 */
public record MyDataView(
        Instant generatedAt,
        MemberView profile,
        ConsentView currentConsent,
        List<ConsentView> consentHistory,
        List<ApplicationView> applications,
        List<InvolvementView> involvement,
        List<ClaimView> claims,
        List<NotificationView> notifications,
        List<MyInvitationView> consultationInvitations,
        List<MeetingViews.Mine> meetings) {}
