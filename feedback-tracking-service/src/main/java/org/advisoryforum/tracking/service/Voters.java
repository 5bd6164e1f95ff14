package org.advisoryforum.tracking.service;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryforum.tracking.domain.TrackedMember;
import org.advisoryforum.tracking.domain.TrackedResponse;

/**
 * The people behind a consultation's inputs: perspectives and region from the response snapshot (the member's
 * profile when no response is known), consent to statistics and quoting from the member's latest consent.
 */
public final class Voters {

    private final Map<UUID, Voter> byMember = new HashMap<>();
    private final Map<UUID, TrackedResponse> responses = new HashMap<>();

    public Voters(Collection<TrackedResponse> responses, Collection<TrackedMember> members) {
        Map<UUID, TrackedMember> memberById = new HashMap<>();
        members.forEach(m -> memberById.put(m.memberId, m));
        for (TrackedResponse r : responses) {
            this.responses.put(r.id, r);
            TrackedMember m = memberById.remove(r.memberId);
            byMember.put(
                    r.memberId,
                    new Voter(
                            r.memberId,
                            Voter.split(r.perspectives),
                            r.region,
                            m != null && m.useInStatistics != null ? m.useInStatistics : r.useInStatistics,
                            m == null ? null : m.quoteConsent,
                            m == null ? null : m.displayName));
        }
        memberById
                .values()
                .forEach(m -> byMember.put(
                        m.memberId,
                        new Voter(
                                m.memberId,
                                Voter.split(m.perspectives),
                                m.region,
                                Boolean.TRUE.equals(m.useInStatistics),
                                m.quoteConsent,
                                m.displayName)));
    }

    public Voter voter(UUID memberId) {
        return byMember.getOrDefault(memberId, new Voter(memberId, List.of(), null, false, null, null));
    }

    public TrackedResponse response(UUID responseId) {
        return responseId == null ? null : responses.get(responseId);
    }

    public Collection<TrackedResponse> responses() {
        return responses.values();
    }
}
