package org.advisoryforum.tracking.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryforum.tracking.api.YouSaidWeDidView;
import org.advisoryforum.tracking.domain.Action;
import org.advisoryforum.tracking.domain.ActionStatusChange;
import org.advisoryforum.tracking.repository.ActionStatusChangeRepository;

/** The newest published outcomes and status changes of their actions, for the Atom feed. */
@ApplicationScoped
public class FeedService {

    static final int MAX_ENTRIES = 100;

    private final OpenDataService openData;
    private final ActionStatusChangeRepository changes;

    public FeedService(OpenDataService openData, ActionStatusChangeRepository changes) {
        this.openData = openData;
        this.changes = changes;
    }

    public List<FeedEntry> entries() {
        Map<UUID, YouSaidWeDidView> published = openData.published().stream()
                .collect(Collectors.toMap(YouSaidWeDidView::consultationId, Function.identity()));
        List<FeedEntry> entries = new ArrayList<>();
        published
                .values()
                .forEach(o -> entries.add(new FeedEntry(
                        "urn:uuid:" + o.consultationId(),
                        "You said, we did: " + o.title(),
                        o.youSaid().size() + " key points, " + o.weDid().size() + " actions, "
                                + o.participation().voices().summary(),
                        page(o.consultationId()),
                        o.outcomePublishedAt())));
        // the response clock found an outcome late: an entry, kept after a late outcome is published, and never
        // pushed out of the feed by newer status changes (a burst of them must not bury a late outcome)
        List<FeedEntry> overdue = new ArrayList<>();
        openData.foundOverdue().stream()
                .limit(MAX_ENTRIES)
                .forEach(c -> overdue.add(new FeedEntry(
                        "urn:advisory-forum:outcome-overdue:" + c.id,
                        "Outcome overdue: " + c.title,
                        "The outcome of this consultation was due by " + c.outcomeDueBy()
                                + " and had not been published by then.",
                        "/consultations/" + c.id,
                        c.overdueNoticedAt)));
        for (Object[] row : changes.recentOf(published.keySet(), MAX_ENTRIES)) {
            ActionStatusChange change = (ActionStatusChange) row[0];
            Action action = (Action) row[1];
            entries.add(new FeedEntry(
                    "urn:advisory-forum:action-status:" + change.id,
                    label(change.status.name()) + ": " + action.description,
                    change.reason == null ? "Status: " + label(change.status.name()) : change.reason,
                    page(action.consultationId),
                    change.changedAt));
        }
        Comparator<FeedEntry> newestFirst =
                Comparator.comparing(FeedEntry::updated, Comparator.nullsLast(Comparator.reverseOrder()));
        entries.sort(newestFirst);
        List<FeedEntry> kept = new ArrayList<>(overdue);
        entries.stream().limit(MAX_ENTRIES - kept.size()).forEach(kept::add);
        kept.sort(newestFirst);
        return kept;
    }

    private static String page(UUID consultationId) {
        return "/consultations/" + consultationId + "/you-said-we-did";
    }

    private static String label(String status) {
        String words = status.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
