package org.advisoryforum.forum.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.forum.domain.Member;
import org.advisoryforum.forum.domain.Perspective;
import org.advisoryforum.forum.domain.Region;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    /**
     * The members whose display name contains {@code name} (any case; {@code %} and {@code _} are taken as typed), who
     * hold {@code perspective} and live in {@code region}; a null filter matches everyone. Active members first, then
     * by name. Filtered by PostgreSQL: perspectives are one comma-separated column ({@code EnumSetConverter}).
     */
    public List<Member> search(String name, Perspective perspective, Region region) {
        StringBuilder sql = new StringBuilder("select * from member where true");
        Map<String, Object> parameters = new HashMap<>();
        if (name != null) {
            sql.append(" and lower(display_name) like lower(:name) escape '\\'");
            parameters.put("name", "%" + name.replaceAll("[\\\\%_]", "\\\\$0") + "%");
        }
        if (perspective != null) {
            sql.append(" and position(:perspective in (',' || perspectives || ',')) > 0");
            parameters.put("perspective", "," + perspective.name() + ",");
        }
        if (region != null) {
            sql.append(" and region = :region");
            parameters.put("region", region.name());
        }
        sql.append(" order by status <> 'ACTIVE', lower(display_name), id");
        Query query = getEntityManager().createNativeQuery(sql.toString(), Member.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Member> found = query.getResultList();
        return found;
    }

    public List<Member> withIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public List<Member> active() {
        return list("status", Sort.ascending("joinedAt"), Member.Status.ACTIVE);
    }
}
