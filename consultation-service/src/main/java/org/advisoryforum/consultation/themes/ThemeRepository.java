package org.advisoryforum.consultation.themes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ThemeRepository implements PanacheRepositoryBase<ThemeSuggestion, UUID> {

    public Optional<ThemeRun> latestRun(UUID consultationId, String questionKey) {
        return getEntityManager()
                .createQuery(
                        "from ThemeRun where consultationId = :c and questionKey = :q" + " order by createdAt desc, id",
                        ThemeRun.class)
                .setParameter("c", consultationId)
                .setParameter("q", questionKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public ThemeRun run(UUID id) {
        return getEntityManager().find(ThemeRun.class, id);
    }

    public void persistRun(ThemeRun run) {
        getEntityManager().persist(run);
    }

    /** The suggestions, of any run, that hold one of these answers. */
    public List<ThemeSuggestion> holding(Collection<UUID> answerIds) {
        return getEntityManager()
                .createQuery(
                        "select distinct s from ThemeSuggestion s join s.answers a" + " where a.answerId in :ids",
                        ThemeSuggestion.class)
                .setParameter("ids", answerIds)
                .getResultList();
    }

    public List<ThemeSuggestion> ofRun(UUID runId) {
        return list("runId = ?1 order by position", runId);
    }
}
