package org.advisoryforum.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryforum.consultation.api.MemberSnapshotView;
import org.advisoryforum.consultation.domain.Answer;
import org.advisoryforum.consultation.domain.Attribution;
import org.advisoryforum.consultation.domain.MemberSnapshot;
import org.advisoryforum.consultation.domain.QuestionType;
import org.advisoryforum.consultation.domain.Response;
import org.advisoryforum.consultation.domain.ResponseStatus;
import org.advisoryforum.consultation.domain.SectionComment;
import org.advisoryforum.consultation.messaging.MemberEvent;
import org.advisoryforum.consultation.messaging.ResponseEvents;
import org.advisoryforum.consultation.repository.MemberSnapshotRepository;
import org.advisoryforum.consultation.repository.QuestionRepository;
import org.advisoryforum.consultation.repository.ResponseRepository;
import org.advisoryforum.consultation.themes.ThemeService;
import org.advisoryforum.platform.erasure.EventTraces;
import org.advisoryforum.platform.problem.ProblemException;

/** Keeps the member snapshot from forum.member.v1, and anonymises a member's responses when they are erased. */
@ApplicationScoped
public class MemberSnapshotService {

    private final MemberSnapshotRepository members;
    private final ResponseRepository responses;
    private final QuestionRepository questions;
    private final ResponseEvents events;
    private final EventTraces traces;
    private final ThemeService themes;

    public MemberSnapshotService(
            MemberSnapshotRepository members,
            ResponseRepository responses,
            QuestionRepository questions,
            ResponseEvents events,
            EventTraces traces,
            ThemeService themes) {
        this.members = members;
        this.responses = responses;
        this.questions = questions;
        this.events = events;
        this.traces = traces;
        this.themes = themes;
    }

    /** The event's quote consent (NAMED, ANONYMOUS, NONE; the contract's names are the enum's) as this service's type. */
    private static Attribution attribution(String quote) {
        return quote == null ? null : Attribution.valueOf(quote);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void joined(MemberEvent.Joined event) {
        MemberSnapshot snapshot = snapshot(event.memberId());
        snapshot.perspectives(event.perspectives());
        snapshot.region = event.region();
        if (event.consent() != null) {
            snapshot.quoteConsent = attribution(event.consent().quote());
            snapshot.useInStatistics = event.consent().useInStatistics();
        }
        snapshot.publicName(event.displayName());
        snapshot.leftAt = null; // joined again after leaving
        save(snapshot);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void profileChanged(MemberEvent.ProfileChanged event) {
        MemberSnapshot snapshot = snapshot(event.memberId());
        snapshot.perspectives(event.perspectives());
        snapshot.region = event.region();
        if (event.consent() != null) {
            snapshot.quoteConsent = attribution(event.consent().quote());
            snapshot.useInStatistics = event.consent().useInStatistics();
        }
        snapshot.publicName(event.displayName());
        save(snapshot);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void consentChanged(MemberEvent.ConsentChanged event) {
        MemberSnapshot snapshot = snapshot(event.memberId());
        snapshot.quoteConsent = attribution(event.quote());
        snapshot.useInStatistics = event.useInStatistics();
        if (event.perspectives() != null) {
            snapshot.perspectives(event.perspectives());
            snapshot.region = event.region();
        }
        snapshot.publicName(event.displayName());
        save(snapshot);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void left(MemberEvent.Left event) {
        MemberSnapshot snapshot = snapshot(event.memberId());
        snapshot.leftAt = event.leftAt() == null ? Instant.now() : event.leftAt();
        if (event.consent() != null) { // the whole snapshot: on the compacted topic it may be all there is of them
            if (event.perspectives() != null) {
                snapshot.perspectives(event.perspectives());
                snapshot.region = event.region();
            }
            snapshot.quoteConsent = attribution(event.consent().quote());
            snapshot.useInStatistics = event.consent().useInStatistics();
            snapshot.publicName(event.displayName());
        }
        save(snapshot);
    }

    /**
     * The member's responses move to a new random id that links to nothing, so counts and key points stay true.
     * Their words stay only where they had agreed to be quoted anonymously; named quotes go with the name.
     * Every outbox row and dead letter naming the member goes in the same transaction: pending response events (they
     * may carry a name or words) are dropped and each submitted or withdrawn response is announced again as it now
     * is, which also corrects a consumer that read an older event after its own erasure; other pending events (key
     * points) go out with the anonymous id instead.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erased(MemberEvent.Erased event) {
        UUID anonymous = UUID.randomUUID();
        MemberSnapshot old = members.findById(event.memberId());
        MemberSnapshot kept = new MemberSnapshot();
        kept.memberId = anonymous;
        kept.perspectives = old == null ? "" : old.perspectives;
        kept.region = old == null ? null : old.region; // the re-announced responses keep counting where they did
        kept.quoteConsent = Attribution.NONE;
        kept.useInStatistics = old != null && old.useInStatistics;
        kept.erased = true;
        save(kept);
        if (old != null) {
            members.delete(old);
        }
        List<Response> theirs = responses.ofMember(event.memberId());
        Set<UUID> wordsRemoved = new HashSet<>();
        for (Response response : theirs) {
            response.memberId = anonymous;
            response.recordedBy = null;
            if (response.attribution != Attribution.ANONYMOUS) {
                wordsRemoved.addAll(removeWords(response));
                response.attribution = Attribution.NONE;
            }
        }
        themes.forgetWords(wordsRemoved);
        traces.forget(event.memberId().toString(), anonymous.toString(), Set.of(ResponseEvents.TOPIC));
        for (Response response : theirs) {
            if (response.status == ResponseStatus.SUBMITTED) {
                events.amended(response, questions.forConsultation(response.consultationId), kept);
            } else if (response.status == ResponseStatus.WITHDRAWN) {
                events.withdrawn(response);
            }
        }
    }

    /**
     * The tombstone of a member on forum.member.v1: if this service still holds them (it never read their erased
     * event, compacted away while it was down), they are erased now; else nothing happens, so it runs any number of times.
     */
    @Transactional
    public void tombstone(UUID memberId) {
        MemberSnapshot snapshot = members.findById(memberId);
        if ((snapshot != null && !snapshot.erased)
                || !responses.ofMember(memberId).isEmpty()) {
            erased(new MemberEvent.Erased(memberId));
        }
    }

    /** The member's own words go; returns the answers that held them. */
    private Set<UUID> removeWords(Response response) {
        Set<String> freeText = questions.forConsultation(response.consultationId).stream()
                .filter(q -> q.type == QuestionType.FREE_TEXT)
                .map(q -> q.key)
                .collect(Collectors.toSet());
        Set<UUID> emptied = new HashSet<>();
        for (Answer answer : response.answers) {
            if (freeText.contains(answer.questionKey)) {
                answer.valueJson = null;
                answer.linkedAnswerId = null;
                emptied.add(answer.id);
            }
        }
        for (SectionComment comment : response.sectionComments) {
            comment.text = null;
        }
        return emptied;
    }

    private MemberSnapshot snapshot(UUID memberId) {
        return members.findByIdOptional(memberId).orElseGet(() -> {
            MemberSnapshot created = new MemberSnapshot();
            created.memberId = memberId;
            return created;
        });
    }

    private void save(MemberSnapshot snapshot) {
        snapshot.updatedAt = Instant.now();
        members.persist(snapshot);
    }

    public MemberSnapshotView view(UUID memberId) {
        return members.findByIdOptional(memberId)
                .map(m -> new MemberSnapshotView(
                        m.memberId, m.perspectiveList(), m.region, m.quoteConsent, m.useInStatistics, m.updatedAt))
                .orElseThrow(() -> ProblemException.notFound("No member " + memberId + " is known to this service."));
    }
}
