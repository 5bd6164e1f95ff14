package org.advisoryforum.tracking.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.advisoryforum.tracking.domain.KeyPointInput;

@ApplicationScoped
public class KeyPointInputRepository implements PanacheRepository<KeyPointInput> {

    public List<KeyPointInput> ofKeyPoints(Collection<UUID> keyPointIds) {
        return keyPointIds.isEmpty() ? List.of() : list("keyPointId in ?1", Sort.ascending("id"), keyPointIds);
    }

    /** the links of these key points to words that travelled (quote text kept), in the order they were made */
    public List<KeyPointInput> quotableOfKeyPoints(Collection<UUID> keyPointIds) {
        return keyPointIds.isEmpty() ? List.of() : find("""
                from KeyPointInput k where k.keyPointId in ?1 and exists (select 1 from TrackedInput t
                where t.id = k.inputId and t.quoteText is not null) order by k.id""", keyPointIds).list();
    }

    /** the distinct members whose answers or comments these key points link, without loading the links */
    public List<UUID> membersOf(Collection<UUID> keyPointIds) {
        return keyPointIds.isEmpty()
                ? List.of()
                : getEntityManager()
                        .createQuery(
                                "select distinct k.memberId from KeyPointInput k where k.keyPointId in ?1", UUID.class)
                        .setParameter(1, keyPointIds)
                        .getResultList();
    }

    public List<KeyPointInput> ofInputs(Collection<UUID> inputIds) {
        return IdSlices.read(inputIds, slice -> list("inputId in ?1", slice));
    }

    public List<KeyPointInput> ofMember(UUID memberId) {
        return list("memberId", memberId);
    }

    /** whether any of these key points links an answer or comment of this member */
    public boolean anyOfMember(Collection<UUID> keyPointIds, UUID memberId) {
        return !keyPointIds.isEmpty() && count("keyPointId in ?1 and memberId = ?2", keyPointIds, memberId) > 0;
    }

    public boolean exists(UUID keyPointId, UUID inputId) {
        return count("keyPointId = ?1 and inputId = ?2", keyPointId, inputId) > 0;
    }

    /** the links to a response's inputs belong to whoever the response now belongs to */
    public void followResponse(UUID responseId, UUID memberId) {
        update("memberId = ?1 where responseId = ?2 and memberId <> ?1", memberId, responseId);
    }

    /** moves a member's links to another (anonymous) id */
    public void reassign(UUID from, UUID to) {
        update("memberId = ?1 where memberId = ?2", to, from);
    }
}
