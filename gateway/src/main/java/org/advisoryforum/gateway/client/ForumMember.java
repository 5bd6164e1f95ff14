package org.advisoryforum.gateway.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A member as staff choose them from the forum's list ({@code GET /api/forum/members}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ForumMember(UUID memberId, String displayName, Membership membership) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Membership(String status) {}

    public boolean active() {
        return membership == null || "ACTIVE".equals(membership.status());
    }
}
