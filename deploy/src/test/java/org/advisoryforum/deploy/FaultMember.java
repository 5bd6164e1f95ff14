package org.advisoryforum.deploy;

import java.util.UUID;

/**
 * One member of the fault suite's load and what the platform acknowledged of their response. After a request that
 * failed (503, timeout) the outcome is unknown until read back: it must then be the state before or after it, never
 * anything else.
 */
final class FaultMember {

    enum Status {
        NONE,
        DRAFT,
        SUBMITTED,
        WITHDRAWN
    }

    /** A response's status and its free-text answer {@code p2} (null when cleared). */
    record State(Status status, String words) {}

    final String username;
    final UUID id;
    private String token;
    private long tokenAt;
    State acknowledged = new State(Status.NONE, null);
    /** Set while a request's outcome is unknown: the state the platform holds is this or {@link #acknowledged}. */
    State pending;

    int step;

    FaultMember(String username, UUID id) {
        this.username = username;
        this.id = id;
    }

    /** A fresh token every four minutes (the realm's access tokens live five). */
    String token(java.util.function.Function<String, String> fetch) {
        if (token == null
                || System.nanoTime() - tokenAt > java.time.Duration.ofMinutes(4).toNanos()) {
            token = fetch.apply(username);
            tokenAt = System.nanoTime();
        }
        return token;
    }

    void forgetToken() {
        token = null;
    }

    boolean uncertain() {
        return pending != null;
    }
}
