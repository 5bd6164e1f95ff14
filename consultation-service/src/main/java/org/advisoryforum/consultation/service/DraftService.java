package org.advisoryforum.consultation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.advisoryforum.consultation.api.DraftDiffView;
import org.advisoryforum.consultation.api.DraftRequest;
import org.advisoryforum.consultation.api.SectionRequest;
import org.advisoryforum.consultation.api.SectionView;
import org.advisoryforum.consultation.domain.Consultation;
import org.advisoryforum.consultation.domain.DraftDiff;
import org.advisoryforum.consultation.domain.DraftSection;
import org.advisoryforum.consultation.messaging.LifecycleEvents;
import org.advisoryforum.consultation.repository.DraftSectionRepository;
import org.advisoryforum.consultation.repository.QuestionRepository;
import org.advisoryforum.platform.problem.Problem;
import org.advisoryforum.platform.problem.ProblemException;

/** The draft document: version 1 written while the consultation is a draft, revisions once it has closed. */
@ApplicationScoped
public class DraftService {

    private final Consultations consultations;
    private final DraftSectionRepository sections;
    private final QuestionRepository questions;
    private final LifecycleEvents events;
    private final Clock clock;

    public DraftService(
            Consultations consultations,
            DraftSectionRepository sections,
            QuestionRepository questions,
            LifecycleEvents events,
            Clock clock) {
        this.consultations = consultations;
        this.sections = sections;
        this.questions = questions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<SectionView> writeFirstVersion(UUID consultationId, DraftRequest request) {
        Consultation consultation = consultations.find(consultationId);
        consultation.requireDraft("given a new first draft");
        requireDistinctKeys(request.sections());
        requireNoQuestionLeftOut(consultationId, request.sections());
        sections.deleteVersion(consultationId, 1);
        sections.flush();
        store(consultationId, 1, request.sections());
        consultation.draftVersion = 1;
        return sections(consultationId, 1);
    }

    @Transactional
    public DraftDiffView revise(UUID consultationId, DraftRequest request) {
        Consultation consultation = consultations.find(consultationId);
        consultation.requireClosed("publish a revised draft");
        if (consultation.draftVersion == 0) {
            throw ProblemException.conflict("This consultation has no draft to revise.");
        }
        requireDistinctKeys(request.sections());
        int from = consultation.draftVersion;
        int to = from + 1;
        store(consultationId, to, request.sections());
        consultation.draftVersion = to;
        List<DraftDiff.Change> changes = DraftDiff.between(
                domain(sections(consultationId, from)),
                request.sections().stream()
                        .map(s -> new DraftDiff.Section(s.key(), s.heading(), s.text()))
                        .toList());
        Instant now = clock.instant();
        events.draftRevised(consultation, from, request.note(), now, changes);
        return new DraftDiffView(consultationId, from, to, changes);
    }

    public List<SectionView> sections(UUID consultationId, int version) {
        return sections.version(consultationId, version).stream()
                .map(SectionView::of)
                .toList();
    }

    public DraftDiffView diff(UUID consultationId, int from, int to) {
        Consultation consultation = consultations.find(consultationId);
        if (from < 1 || to < 1 || from > consultation.draftVersion || to > consultation.draftVersion) {
            throw ProblemException.notFound(
                    "This consultation has draft versions 1 to " + consultation.draftVersion + ".");
        }
        return new DraftDiffView(
                consultationId,
                from,
                to,
                DraftDiff.between(domain(sections(consultationId, from)), domain(sections(consultationId, to))));
    }

    private void store(UUID consultationId, int version, List<SectionRequest> requested) {
        int position = 0;
        for (SectionRequest request : requested) {
            DraftSection section = new DraftSection();
            section.id = new DraftSection.Key(consultationId, version, request.key());
            section.position = position++;
            section.heading = request.heading().strip();
            section.body = request.text().strip();
            sections.persist(section);
        }
    }

    private static List<DraftDiff.Section> domain(List<SectionView> views) {
        return views.stream()
                .map(v -> new DraftDiff.Section(v.key(), v.heading(), v.text()))
                .toList();
    }

    /**
     * A question belongs to a section of the first draft by its key: removing that section, or changing its key (which
     * removes it and adds another), would leave the question pointing at nothing. 409 {@code section_in_use} on
     * {@code sections}, naming the questions in the detail; the questions must be moved or removed first. The
     * database refuses it too (V6's foreign key), for any writer that bypasses this service.
     */
    private void requireNoQuestionLeftOut(UUID consultationId, List<SectionRequest> requested) {
        Set<String> kept = new HashSet<>();
        requested.forEach(s -> kept.add(s.key()));
        List<String> orphaned = questions.forConsultation(consultationId).stream()
                .filter(q -> q.sectionKey != null && !kept.contains(q.sectionKey))
                .map(q -> "'" + q.key + "' (section '" + q.sectionKey + "')")
                .toList();
        if (!orphaned.isEmpty()) {
            throw new ProblemException(
                    409,
                    "Conflict",
                    "A section that questions belong to cannot be removed or " + "renamed: move or remove question "
                            + String.join(", ", orphaned) + " first.",
                    List.of(new Problem.FieldError(
                            "sections", "leaves out a section that questions belong to", SECTION_IN_USE)));
        }
    }

    /** The reason a new first draft is refused while questions still belong to a section it leaves out. */
    public static final String SECTION_IN_USE = "section_in_use";

    private static void requireDistinctKeys(List<SectionRequest> requested) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            if (!keys.add(requested.get(i).key())) {
                throw ProblemException.invalidField("sections[" + i + "].key", "is used twice");
            }
        }
    }
}
