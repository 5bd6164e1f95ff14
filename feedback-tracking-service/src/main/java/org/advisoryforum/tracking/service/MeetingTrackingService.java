package org.advisoryforum.tracking.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.platform.events.PoisonEventException;
import org.advisoryforum.platform.problem.ProblemException;
import org.advisoryforum.tracking.api.MeetingOutcomeView;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.TrackedMeeting;
import org.advisoryforum.tracking.messaging.MeetingEvent;
import org.advisoryforum.tracking.repository.ActionRepository;
import org.advisoryforum.tracking.repository.TrackedMeetingRepository;

/**
 * Forum meetings' minutes: the public record of each meeting (counts only) and its action points as tracked actions,
 * in the same ledger as consultation actions (owner, due date, status, reason, evidence).
 */
@ApplicationScoped
public class MeetingTrackingService {

    static final String FROM_MINUTES = "forum minutes";

    private final TrackedMeetingRepository meetings;
    private final ActionRepository actions;
    private final ActionService actionService;
    private final EvidenceViews evidence;
    private final ObjectMapper json;

    public MeetingTrackingService(
            TrackedMeetingRepository meetings,
            ActionRepository actions,
            ActionService actionService,
            EvidenceViews evidence,
            ObjectMapper json) {
        this.meetings = meetings;
        this.actions = actions;
        this.actionService = actionService;
        this.evidence = evidence;
        this.json = json;
    }

    /** Minutes are published once; a meeting already known (another delivery) adds nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void minutesPublished(MeetingEvent event) {
        if (event.meetingId() == null
                || event.title() == null
                || event.startsAt() == null
                || event.endsAt() == null
                || event.summary() == null) {
            throw new PoisonEventException("minutes-published without its meeting, title, times or summary");
        }
        if (meetings.findByIdOptional(event.meetingId()).isPresent()) {
            return;
        }
        TrackedMeeting meeting = new TrackedMeeting();
        meeting.meetingId = event.meetingId();
        meeting.title = event.title();
        meeting.startsAt = event.startsAt();
        meeting.endsAt = event.endsAt();
        meeting.format = event.format() == null ? "IN_PERSON" : event.format();
        meeting.summary = event.summary();
        meeting.agenda = write(event.agenda() == null ? List.of() : event.agenda());
        meeting.attended = event.attendance() == null ? 0 : event.attendance().total();
        meeting.byPerspective = write(
                event.attendance() == null || event.attendance().byPerspective() == null
                        ? Map.of()
                        : event.attendance().byPerspective());
        meeting.publishedAt = event.publishedAt() == null ? Instant.now() : event.publishedAt();
        meeting.receivedAt = Instant.now();
        meetings.persist(meeting);
        meetings.flush(); // the actions reference it
        for (MeetingEvent.ActionPoint point :
                event.actionPoints() == null ? List.<MeetingEvent.ActionPoint>of() : event.actionPoints()) {
            if (point.actionPointId() == null || point.what() == null || point.owner() == null) {
                throw new PoisonEventException("an action point without its id, what or owner");
            }
            if (!actions.tracksActionPoint(point.actionPointId())) {
                actionService.agreedAtMeeting(
                        meeting.meetingId,
                        point.actionPointId(),
                        point.what(),
                        point.owner(),
                        point.dueDate(),
                        FROM_MINUTES);
            }
        }
    }

    public List<MeetingOutcomeView.Summary> all() {
        return meetings.latestFirst().stream()
                .map(m -> new MeetingOutcomeView.Summary(
                        m.meetingId,
                        m.title,
                        m.startsAt,
                        m.format,
                        m.attended,
                        actions.ofMeeting(m.meetingId).size(),
                        m.publishedAt))
                .toList();
    }

    public MeetingOutcomeView outcome(UUID meetingId) {
        TrackedMeeting m = meetings.findByIdOptional(meetingId)
                .orElseThrow(() ->
                        ProblemException.notFound("No minutes have been published for meeting " + meetingId + "."));
        List<MeetingOutcomeView.Action> tracked =
                actions.ofMeeting(meetingId).stream().map(this::action).toList();
        return new MeetingOutcomeView(
                m.meetingId,
                m.title,
                m.startsAt,
                m.endsAt,
                m.format,
                read(m.agenda, new TypeReference<List<MeetingOutcomeView.Agenda>>() {}),
                m.summary,
                new MeetingOutcomeView.Attendance(
                        m.attended, read(m.byPerspective, new TypeReference<Map<String, Long>>() {})),
                tracked,
                m.publishedAt);
    }

    private MeetingOutcomeView.Action action(Action a) {
        return new MeetingOutcomeView.Action(
                a.id,
                a.description,
                a.owner,
                a.dueDate,
                a.status.name(),
                a.reason,
                a.overdue,
                a.hasEvidence() ? evidence.of(a) : null,
                a.updatedAt);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
