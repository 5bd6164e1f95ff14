package org.advisoryforum.tracking.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The public page's voice counts of a consultation, counted by PostgreSQL in one statement: the participation, each
 * key point and each action, with perspectives and regions only of people who allowed use in statistics. No response,
 * member or link is loaded into the service (at 100,000 responses loading them all took 9 s and 580 MB).
 * <p>
 * A voter's perspectives and region come from their response to this consultation (their latest, should there be
 * several), else from their member profile; use in statistics from their latest consent, else the response's.
 */
@ApplicationScoped
public class PublicVoiceCounts {

    /** the group of the consultation's participation (key points and actions are grouped by their id) */
    public static final String PARTICIPATION = "participation";

    private static final String SQL = """
            with r as (
              select distinct on (member_id) member_id, perspectives, region, use_in_statistics
              from tracked_response where consultation_id = :c
              order by member_id, submitted_at desc nulls last),
            s as (
              select 'participation' as g, member_id from tracked_response where consultation_id = :c
              union
              select cast(kpi.key_point_id as text), kpi.member_id
              from key_point k join key_point_input kpi on kpi.key_point_id = k.id
              where k.consultation_id = :c
              union
              select cast(a.id as text), kpi.member_id
              from action a join action_key_point akp on akp.action_id = a.id
                join key_point k on k.id = akp.key_point_id and k.consultation_id = a.consultation_id
                join key_point_input kpi on kpi.key_point_id = k.id
              where a.consultation_id = :c),
            v as (
              select s.g,
                case when r.member_id is not null then r.perspectives else m.perspectives end as perspectives,
                case when r.member_id is not null then r.region else m.region end as region,
                case when r.member_id is not null then coalesce(m.use_in_statistics, r.use_in_statistics)
                     else coalesce(m.use_in_statistics, false) end as in_statistics
              from s left join r on r.member_id = s.member_id left join tracked_member m on m.member_id = s.member_id)
            select g, 'total', cast(null as text), count(*) from v group by g
            union all
            select v.g, 'perspective', p, count(*) from v cross join lateral unnest(string_to_array(v.perspectives, ',')) p
            where v.in_statistics and p <> '' group by v.g, p
            union all
            select g, 'region', region, count(*) from v
            where g = 'participation' and in_statistics and region is not null group by g, region
            """;

    private final EntityManager entityManager;

    public PublicVoiceCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** by group ({@link #PARTICIPATION}, a key point's or an action's id as text) */
    public Map<String, Counted> of(UUID consultationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(SQL)
                .setParameter("c", consultationId)
                .getResultList();
        Map<String, Counted> counted = new HashMap<>();
        for (Object[] row : rows) {
            Counted group = counted.computeIfAbsent((String) row[0], g -> new Counted());
            int n = ((Number) row[3]).intValue();
            switch ((String) row[1]) {
                case "total" -> group.total = n;
                case "perspective" -> group.byPerspective.put((String) row[2], n);
                default -> group.byRegion.put((String) row[2], n);
            }
        }
        return counted;
    }

    public Counted of(Map<String, Counted> counted, Object group) {
        return counted.getOrDefault(group.toString(), new Counted());
    }

    /** distinct voices, those in statistics by perspective and (participation only) by region */
    public static final class Counted {
        public int total;
        public final Map<String, Integer> byPerspective = new TreeMap<>();
        public final Map<String, Integer> byRegion = new TreeMap<>();
    }
}
