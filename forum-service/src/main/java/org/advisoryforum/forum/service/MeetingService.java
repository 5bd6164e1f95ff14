package org.advisoryforum.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.forum.api.MeetingRequests;
import org.advisoryforum.forum.api.MeetingViews;
import org.advisoryforum.forum.config.ForumZone;
import org.advisoryforum.forum.domain.AgendaItem;
import org.advisoryforum.forum.domain.Invitation;
import org.advisoryforum.forum.domain.Involvement;
import org.advisoryforum.forum.domain.Meeting;
import org.advisoryforum.forum.domain.MeetingActionPoint;
import org.advisoryforum.forum.domain.MeetingInvitation;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Money;
import org.advisoryforum.forum.domain.Notification;
import org.advisoryforum.forum.domain.PaymentClaim;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.messaging.MeetingEvents;
import org.advisoryforum.forum.repository.ClaimRepository;
import org.advisoryforum.forum.repository.InvolvementRepository;
import org.advisoryforum.forum.repository.MeetingActionPointRepository;
import org.advisoryforum.forum.repository.MeetingInvitationRepository;
import org.advisoryforum.forum.repository.MeetingRepository;
import org.advisoryforum.forum.repository.MemberRepository;
import org.advisoryforum.platform.problem.ProblemException;

/**
 * Forum meetings: staff schedule them and invite members (within the contact limit consultations use too), members
 * register with their access needs or decline, and staff record who attended. Attendance writes the member's ledger
 * entry, and the payment claim when the meeting pays, by itself and once.
 */
@ApplicationScoped
public class MeetingService {

    static final Duration LONGEST = Duration.ofHours(24);

    private final MeetingRepository meetings;
    private final MeetingInvitationRepository invitations;
    private final MemberRepository members;
    private final MemberService memberService;
    private final ContactLimit contactLimit;
    private final NotificationService notifications;
    private final InvolvementRepository ledger;
    private final ClaimRepository claims;
    private final MeetingActionPointRepository actionPoints;
    private final MeetingEvents events;
    private final Clock clock;

    public MeetingService(
            MeetingRepository meetings,
            MeetingInvitationRepository invitations,
            MemberRepository members,
            MemberService memberService,
            ContactLimit contactLimit,
            NotificationService notifications,
            InvolvementRepository ledger,
            ClaimRepository claims,
            MeetingActionPointRepository actionPoints,
            MeetingEvents events,
            Clock clock) {
        this.actionPoints = actionPoints;
        this.events = events;
        this.meetings = meetings;
        this.invitations = invitations;
        this.members = members;
        this.memberService = memberService;
        this.contactLimit = contactLimit;
        this.notifications = notifications;
        this.ledger = ledger;
        this.claims = claims;
        this.clock = clock;
    }

    @Transactional
    public MeetingViews.Meeting schedule(UUID staffId, MeetingRequests.Schedule request) {
        Instant now = Instant.now(clock);
        if (!request.startsAt().isAfter(now)) {
            throw ProblemException.invalidField("startsAt", "in_past", "must be in the future");
        }
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ProblemException.invalidField("endsAt", "before_start", "must be after startsAt");
        }
        if (Duration.between(request.startsAt(), request.endsAt()).compareTo(LONGEST) > 0) {
            throw ProblemException.invalidField("endsAt", "too_long", "must be at most 24 hours after startsAt");
        }
        String place = blankToNull(request.place());
        String link = blankToNull(request.joiningLink());
        if (request.format() != Meeting.Format.ONLINE && place == null) {
            throw ProblemException.invalidField("place", "required_for_format", "is required for a meeting in person");
        }
        if (request.format() != Meeting.Format.IN_PERSON && link == null) {
            throw ProblemException.invalidField(
                    "joiningLink", "required_for_format", "is required for a meeting online");
        }
        if (link != null && !isHttps(link)) {
            throw ProblemException.invalidField("joiningLink", "not_https", "must be an https:// address");
        }
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.title = request.title().strip();
        meeting.startsAt = request.startsAt();
        meeting.endsAt = request.endsAt();
        meeting.format = request.format();
        meeting.place = place;
        meeting.joiningLink = link;
        meeting.accessibility = blankToNull(request.accessibility());
        meeting.capacity = request.capacity();
        meeting.paymentPence = request.payment() == null ? null : Money.toPence("payment", request.payment());
        meeting.createdBy = staffId;
        meeting.createdAt = now;
        List<MeetingRequests.AgendaItem> agenda = request.agenda() == null ? List.of() : request.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            MeetingRequests.AgendaItem item = agenda.get(i);
            if (blankToNull(item.sectionKey()) != null && item.consultationId() == null) {
                throw ProblemException.invalidField(
                        "agenda[" + i + "].sectionKey",
                        "needs_consultation",
                        "needs the consultation whose draft the section belongs to");
            }
            meeting.agenda.add(AgendaItem.of(item.title(), item.consultationId(), item.sectionKey()));
        }
        meetings.persist(meeting);
        return MeetingViews.Meeting.of(meeting, MeetingViews.Counts.of(List.of()));
    }

    public List<MeetingViews.Meeting> all() {
        return meetings.newestFirst().stream()
                .map(m -> MeetingViews.Meeting.of(m, MeetingViews.Counts.of(invitations.ofMeeting(m.id))))
                .toList();
    }

    /** The meeting with everyone asked to it, their replies and access needs: staff arrange what people need. */
    public MeetingViews.Detail detail(UUID meetingId) {
        Meeting meeting = require(meetingId);
        List<MeetingInvitation> asked = invitations.ofMeeting(meetingId);
        Map<UUID, Member> byId =
                members
                        .withIds(asked.stream()
                                .map(i -> i.memberId)
                                .filter(id -> id != null)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<MeetingViews.Invitee> invitees = asked.stream()
                .filter(i -> i.memberId != null)
                .map(i -> new MeetingViews.Invitee(
                        i.memberId,
                        byId.containsKey(i.memberId) ? byId.get(i.memberId).details.displayName : null,
                        i.outcome,
                        i.reply,
                        i.accessNeeds,
                        i.repliedAt,
                        i.attendedAt))
                .toList();
        return new MeetingViews.Detail(MeetingViews.Meeting.of(meeting, MeetingViews.Counts.of(asked)), invitees);
    }

    /**
     * Invites the named serving members (none named: every serving member), each within their contact limit; a member
     * already asked is not asked again.
     */
    @Transactional
    public MeetingViews.InviteResult invite(UUID meetingId, MeetingRequests.Invite request) {
        Meeting meeting = meetings.locked(meetingId)
                .orElseThrow(() -> ProblemException.notFound("There is no meeting " + meetingId + "."));
        Instant now = Instant.now(clock);
        if (meeting.hasStarted(now)) {
            throw ProblemException.rule(409, "meeting_started", "The meeting has started: nobody can be invited now.");
        }
        LocalDate today = LocalDate.ofInstant(now, ForumZone.ZONE);
        List<Member> chosen;
        if (request == null
                || request.memberIds() == null
                || request.memberIds().isEmpty()) {
            chosen = members.active().stream().filter(m -> m.isServing(today)).toList();
        } else {
            Set<UUID> wanted = new LinkedHashSet<>(request.memberIds());
            chosen = members.withIds(wanted).stream()
                    .filter(m -> m.isServing(today))
                    .toList();
            if (chosen.size() != wanted.size()) {
                Set<UUID> serving = chosen.stream().map(m -> m.id).collect(Collectors.toSet());
                UUID missing = wanted.stream()
                        .filter(id -> !serving.contains(id))
                        .findFirst()
                        .orElseThrow();
                throw ProblemException.invalidField(
                        "memberIds", "not_serving", missing + " is not a serving member of the forum");
            }
        }
        Set<UUID> alreadyAsked = new HashSet<>();
        invitations.ofMeeting(meetingId).forEach(i -> alreadyAsked.add(i.memberId));
        int invited = 0;
        int heldBack = 0;
        int again = 0;
        for (Member member : chosen) {
            if (alreadyAsked.contains(member.id)) {
                again++;
                continue;
            }
            Invitation.Outcome outcome = contactLimit.outcomeFor(member, now);
            invitations.persist(MeetingInvitation.of(meetingId, member.id, outcome, now));
            if (outcome == Invitation.Outcome.INVITED) {
                invited++;
                notifications.notify(
                        member.id,
                        Notification.Kind.MEETING_INVITATION,
                        NotificationWords.MEETING_INVITATION,
                        Map.of("meetingTitle", meeting.title, "startsAt", meeting.startsAt.toString()),
                        null);
            } else {
                heldBack++;
            }
        }
        return new MeetingViews.InviteResult(invited, heldBack, again);
    }

    public List<MeetingViews.Mine> mine(UUID memberId) {
        memberService.requireActive(memberId);
        List<MeetingInvitation> own = invitations.ofMember(memberId);
        Map<UUID, Meeting> byId = meetings
                .withIds(own.stream().map(i -> i.meetingId).toList())
                .stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<MeetingViews.Mine> result = new ArrayList<>();
        for (MeetingInvitation i : own) {
            Meeting meeting = byId.get(i.meetingId);
            result.add(MeetingViews.Mine.of(
                    MeetingViews.Meeting.of(meeting, MeetingViews.Counts.of(invitations.ofMeeting(meeting.id))), i));
        }
        return result;
    }

    public MeetingViews.Mine mine(UUID memberId, UUID meetingId) {
        memberService.requireActive(memberId);
        MeetingInvitation own = ownInvitation(memberId, meetingId);
        return MeetingViews.Mine.of(
                MeetingViews.Meeting.of(require(meetingId), MeetingViews.Counts.of(invitations.ofMeeting(meetingId))),
                own);
    }

    /** Register (within the meeting's capacity) or decline, until the meeting starts; a reply can be changed. */
    @Transactional
    public MeetingViews.Mine reply(UUID memberId, UUID meetingId, MeetingRequests.Reply request) {
        memberService.requireActive(memberId);
        Meeting meeting = meetings.locked(meetingId).orElseThrow(() -> notInvited());
        MeetingInvitation own = ownInvitation(memberId, meetingId);
        Instant now = Instant.now(clock);
        if (meeting.hasStarted(now)) {
            throw ProblemException.rule(409, "meeting_started", "The meeting has started: replies are closed.");
        }
        if (request.reply() == MeetingInvitation.Reply.DECLINED) {
            if (blankToNull(request.accessNeeds()) != null) {
                throw ProblemException.invalidField(
                        "accessNeeds", "only_when_registering", "is only asked of people who are coming");
            }
            own.decline(now);
        } else {
            if (own.reply != MeetingInvitation.Reply.REGISTERED
                    && meeting.capacity != null
                    && invitations.registered(meetingId) >= meeting.capacity) {
                throw ProblemException.rule(409, "meeting_full", "The meeting is full: every place is taken.");
            }
            own.register(request.accessNeeds(), now);
        }
        return MeetingViews.Mine.of(
                MeetingViews.Meeting.of(meeting, MeetingViews.Counts.of(invitations.ofMeeting(meetingId))), own);
    }

    /**
     * Records who attended, once the meeting has started: each attendance writes the member's ledger entry (the
     * meeting, its length) and, when the meeting pays, a payment claim waiting for staff's decision. Recording someone
     * again changes nothing. Everyone named must have been asked to the meeting, or nothing is recorded.
     */
    @Transactional
    public MeetingViews.AttendanceResult recordAttendance(UUID meetingId, MeetingRequests.Attendance request) {
        Meeting meeting = meetings.locked(meetingId)
                .orElseThrow(() -> ProblemException.notFound("There is no meeting " + meetingId + "."));
        Instant now = Instant.now(clock);
        if (!meeting.hasStarted(now)) {
            throw ProblemException.rule(
                    409, "meeting_not_started", "The meeting has not started yet: attendance is recorded once it has.");
        }
        Map<UUID, MeetingInvitation> asked = invitations.ofMeeting(meetingId).stream()
                .filter(i -> i.memberId != null)
                .collect(Collectors.toMap(i -> i.memberId, Function.identity()));
        for (UUID id : request.attended()) {
            if (!asked.containsKey(id)) {
                throw ProblemException.invalidField("attended", "not_invited", id + " was not asked to this meeting");
            }
        }
        int recorded = 0;
        int again = 0;
        for (UUID id : new LinkedHashSet<>(request.attended())) {
            MeetingInvitation invitation = asked.get(id);
            if (invitation.attended()) {
                again++;
                continue;
            }
            Involvement entry = Involvement.meeting(id, meeting, now);
            ledger.persist(entry);
            invitation.attendedAt = now;
            invitation.involvementId = entry.id;
            if (meeting.paymentPence != null && !claims.hasActiveClaim(entry.id, PaymentClaim.Type.PAYMENT)) {
                claims.persist(PaymentClaim.submit(
                        id,
                        entry.id,
                        PaymentClaim.Type.PAYMENT,
                        meeting.paymentPence,
                        "Attended the forum meeting",
                        now));
            }
            recorded++;
        }
        return new MeetingViews.AttendanceResult(recorded, again);
    }

    /**
     * Publishes the minutes once the meeting is over, once: the summary and action points, and forum.meeting.v1
     * minutes-published (through the outbox, with the attendance counted by perspective) so tracking follows each
     * action point as an action.
     */
    @Transactional
    public MeetingViews.Minutes publishMinutes(UUID meetingId, MeetingRequests.Minutes request) {
        Meeting meeting = meetings.locked(meetingId)
                .orElseThrow(() -> ProblemException.notFound("There is no meeting " + meetingId + "."));
        Instant now = Instant.now(clock);
        if (!meeting.hasEnded(now)) {
            throw ProblemException.rule(409, "meeting_not_over", "Minutes are published after the meeting has ended.");
        }
        if (meeting.minutesPublishedAt != null) {
            throw ProblemException.rule(409, "minutes_published", "This meeting's minutes are already published.");
        }
        LocalDate day = LocalDate.ofInstant(meeting.startsAt, ForumZone.ZONE);
        List<MeetingRequests.ActionPoint> requested =
                request.actionPoints() == null ? List.of() : request.actionPoints();
        List<MeetingActionPoint> points = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            MeetingRequests.ActionPoint p = requested.get(i);
            if (p.dueDate() != null && p.dueDate().isBefore(day)) {
                throw ProblemException.invalidField(
                        "actionPoints[" + i + "].dueDate", "before_meeting", "must not be before the meeting");
            }
            MeetingActionPoint point = new MeetingActionPoint();
            point.id = UUID.randomUUID();
            point.meetingId = meetingId;
            point.position = i;
            point.what = p.what().strip();
            point.owner = p.owner().strip();
            point.dueDate = p.dueDate();
            points.add(point);
        }
        meeting.minutesSummary = request.summary().strip();
        meeting.minutesPublishedAt = now;
        actionPoints.persist(points);
        MeetingViews.Minutes minutes = minutesOf(meeting, points);
        events.minutesPublished(meeting, points, minutes.attended(), minutes.byPerspective());
        return minutes;
    }

    public MeetingViews.Minutes minutes(UUID meetingId) {
        Meeting meeting = require(meetingId);
        if (meeting.minutesPublishedAt == null) {
            throw ProblemException.notFound("This meeting's minutes are not published yet.");
        }
        return minutesOf(meeting, actionPoints.ofMeeting(meetingId));
    }

    private MeetingViews.Minutes minutesOf(Meeting meeting, List<MeetingActionPoint> points) {
        List<MeetingInvitation> attended = invitations.ofMeeting(meeting.id).stream()
                .filter(MeetingInvitation::attended)
                .toList();
        Map<Perspective, Long> byPerspective = new EnumMap<>(Perspective.class);
        for (Member member : members.withIds(
                attended.stream().map(i -> i.memberId).filter(id -> id != null).toList())) {
            member.details.perspectives.forEach(p -> byPerspective.merge(p, 1L, Long::sum));
        }
        return new MeetingViews.Minutes(
                meeting.id,
                meeting.minutesSummary,
                meeting.minutesPublishedAt,
                points.stream()
                        .map(p -> new MeetingViews.ActionPoint(p.id, p.what, p.owner, p.dueDate))
                        .toList(),
                attended.size(),
                byPerspective);
    }

    Meeting require(UUID meetingId) {
        return meetings.findByIdOptional(meetingId)
                .orElseThrow(() -> ProblemException.notFound("There is no meeting " + meetingId + "."));
    }

    private MeetingInvitation ownInvitation(UUID memberId, UUID meetingId) {
        return invitations.of(meetingId, memberId).orElseThrow(MeetingService::notInvited);
    }

    /** Not asked, or no such meeting: a member cannot tell the two apart. */
    private static ProblemException notInvited() {
        return ProblemException.rule(404, "not_invited", "You have not been invited to this meeting.");
    }

    private static boolean isHttps(String link) {
        try {
            URI uri = URI.create(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
