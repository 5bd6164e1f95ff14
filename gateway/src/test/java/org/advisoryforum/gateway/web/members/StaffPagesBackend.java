package org.advisoryforum.gateway.web.members;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.advisoryforum.gateway.web.meetings.MeetingsBackend;

/**
 * How forum-service, tracking and consultation-service answer the staff pages for members, invitation rounds,
 * applications, safeguarding and dead letters, for the recording backend ({@code EchoBackendResource}).
 */
public final class StaffPagesBackend {

    public static final String AMARA = "a1b2c3d4-0000-4000-8000-0000000000a1";
    public static final String DAVID = "a1b2c3d4-0000-4000-8000-0000000000d1";
    public static final String FLAG = "5a1c1c1e-0000-4000-8000-000000000001";
    public static final String FLAGGED_INPUT = "5a1c1c1e-0000-4000-8000-0000000000a1";
    public static final String UNKNOWN_INPUT = "5a1c1c1e-0000-4000-8000-0000000000ff";
    public static final String TRACKED = "6f1c1c1e-0000-4000-8000-0000000000e1";
    public static final String UNDATED = "8b1c1c1e-0000-4000-8000-0000000000e1";
    public static final String DATED = "8b1c1c1e-0000-4000-8000-0000000000e2";
    public static final String INPUT = "6f1c1c1e-0000-4000-8000-0000000000e9";
    public static final String ROUND = "6f1c1c1e-0000-4000-8000-0000000000f1";

    /** The last call that was not a read. */
    public static final AtomicReference<String> LAST_WRITE = new AtomicReference<>();

    private StaffPagesBackend() {}

    static String member(
            String id,
            String name,
            String perspectives,
            String region,
            String needs,
            String other,
            String status,
            String position) {
        return """
                {"memberId":"%s","displayName":"%s","perspectives":[%s],"region":"%s","accessibilityNeeds":[%s],
                 "accessibilityOther":%s,"contact":{"digest":"WEEKLY","maxInvitationsPerMonth":4,"quietUntil":null},
                 "membership":{"status":"%s","joinedAt":"2026-01-10T09:00:00Z","leftAt":null,"termStart":"2026-01-10",
                  "termEnd":"2028-01-09","ceasedOn":%s,"position":"%s"}}""".formatted(
                        id,
                        name,
                        perspectives,
                        region,
                        needs,
                        other == null ? "null" : "\"" + other + "\"",
                        status,
                        "LEFT".equals(status) ? "\"2026-09-30\"" : "null",
                        position);
    }

    static final String AMARA_JSON = member(
            AMARA,
            "Amara Okafor",
            "\"LIVED_EXPERIENCE\",\"CARER\"",
            "LONDON",
            "\"LARGE_PRINT\",\"OTHER\"",
            "Breaks every 30 minutes",
            "ACTIVE",
            "CHAIR");
    static final String DAVID_JSON =
            member(DAVID, "David Jones", "\"SOCIAL_WORKER\"", "NORTH_WEST", "", null, "LEFT", "MEMBER");

    /** The last member search the pages passed on to forum-service (its query, empty for none). */
    public static final AtomicReference<String> LAST_SEARCH = new AtomicReference<>();

    /**
     * forum-service's search, as it would answer these two members: it filters (the pages only pass the search on),
     * so each query a test sends is answered here as the service would.
     */
    private static String membersFound(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        LAST_SEARCH.set(query);
        java.util.Map<String, String> search = new java.util.TreeMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                search.put(
                        pair.substring(0, eq),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        String amara =
                found(search, "Amara Okafor", List.of("LIVED_EXPERIENCE", "CARER"), "LONDON") ? AMARA_JSON : null;
        String david = found(search, "David Jones", List.of("SOCIAL_WORKER"), "NORTH_WEST") ? DAVID_JSON : null;
        // active members first, as forum-service orders them
        return "["
                + String.join(
                        ",",
                        java.util.stream.Stream.of(amara, david)
                                .filter(java.util.Objects::nonNull)
                                .toList()) + "]";
    }

    private static boolean found(
            java.util.Map<String, String> search, String name, List<String> perspectives, String region) {
        String words = search.get("name");
        return (words == null
                        || name.toLowerCase(java.util.Locale.ROOT).contains(words.toLowerCase(java.util.Locale.ROOT)))
                && (!search.containsKey("perspective") || perspectives.contains(search.get("perspective")))
                && (!search.containsKey("region") || region.equals(search.get("region")));
    }

    private static MeetingsBackend.Answer json(int status, String body) {
        return new MeetingsBackend.Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static MeetingsBackend.Answer problem(int status, String body) {
        return new MeetingsBackend.Answer(status, "application/problem+json", body.getBytes(StandardCharsets.UTF_8));
    }

    /** The answer to a staff page's call, or null for any other call. */
    public static MeetingsBackend.Answer answer(String method, String pathAndQuery, String body) {
        if (!"GET".equals(method)
                && (pathAndQuery.startsWith("/api/forum/members/" + AMARA)
                        || pathAndQuery.startsWith("/api/forum/members/" + DAVID)
                        || pathAndQuery.startsWith("/api/tracking/safeguarding"))) {
            LAST_WRITE.set(method + " " + pathAndQuery + " " + body);
        }
        if ("GET".equals(method)
                && (pathAndQuery.equals("/api/forum/members") || pathAndQuery.startsWith("/api/forum/members?"))) {
            if (pathAndQuery.contains("name=" + "x".repeat(101))) {
                return problem(
                        400,
                        "{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":\"name\","
                                + "\"message\":\"must be at most 100 characters\",\"code\":\"size\"}]}");
            }
            return json(200, membersFound(pathAndQuery));
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/members/" + AMARA)) {
            return json(200, AMARA_JSON);
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/members/" + DAVID)) {
            return json(200, DAVID_JSON);
        }
        if ("GET".equals(method)
                && (pathAndQuery.equals("/api/forum/members/" + AMARA + "/involvement")
                        || pathAndQuery.equals("/api/forum/members/" + DAVID + "/involvement"))) {
            return json(200, """
                    [{"id":"b1b2c3d4-0000-4000-8000-000000000001","kind":"CONSULTATION_RESPONSE","description":"Response to a consultation",
                      "consultationId":"6f1c1c1e-0000-4000-8000-000000000001","responseId":"c1b2c3d4-0000-4000-8000-000000000001",
                      "durationMinutes":null,"occurredAt":"2026-03-02T10:00:00Z","meetingId":null},
                     {"id":"b1b2c3d4-0000-4000-8000-000000000002","kind":"MEETING","description":"Forum meeting in Leeds",
                      "consultationId":null,"responseId":null,"durationMinutes":120,"occurredAt":"2026-05-20T10:00:00Z","meetingId":null}]""");
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/forum/members/" + AMARA + "/activities")) {
            if (body.contains("refused by the forum")) {
                return problem(
                        400,
                        "{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":"
                                + "\"description\",\"message\":\"words no page should show\",\"code\":\"size\"}]}");
            }
            return json(201, "{}");
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/safeguarding/flags")) {
            return json(200, """
                    [{"id":"%s","inputId":"%s","consultationId":"6f1c1c1e-0000-4000-8000-000000000001",
                      "responseId":"c1b2c3d4-0000-4000-8000-000000000001","memberId":"%s","kind":"ANSWER",
                      "questionKey":"q1","sectionKey":null,"words":"Nobody checks on me at home any more.",
                      "concern":"May be living alone without support","flaggedBy":"staff-subject-7",
                      "flaggedAt":"2026-11-02T10:15:00Z"}]""".formatted(FLAG, FLAGGED_INPUT, AMARA));
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/safeguarding/audit")) {
            return json(200, """
                    [{"event":"LISTED","flagId":null,"actor":"safeguarding-subject-3","at":"2026-11-03T09:00:00Z"},
                     {"event":"FLAGGED","flagId":"%s","actor":"staff-subject-7","at":"2026-11-02T10:15:00Z"}]""".formatted(FLAG));
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/tracking/safeguarding/flags")) {
            if (body.contains(UNKNOWN_INPUT)) {
                return problem(
                        400,
                        "{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":"
                                + "\"inputId\",\"message\":\"words no page should show\",\"code\":\"unknown_input\"}]}");
            }
            return json(201, "{}");
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/consultations/dead-letters")) {
            return json(200, """
                    [{"id":7,"consumer":"consultation-service","reason":"IllegalStateException: unknown member",
                      "record":"{\\"memberId\\":\\"a1b2c3d4-0000-4000-8000-0000000000a1\\",\\"displayName\\":\\"Amara Okafor\\"}",
                      "receivedAt":"2026-11-01T08:00:00Z","replayedAt":"2026-11-01T09:30:00Z","replayedBy":"ada-subject"}]""");
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/dead-letters")) {
            return json(200, """
                    [{"id":9,"consumer":"forum-service","reason":"SQLTransientConnectionException: pool exhausted",
                      "record":"{}","receivedAt":"2026-11-02T08:00:00Z","replayedAt":null,"replayedBy":null}]""");
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/forum/dead-letters/9/replay")) {
            LAST_WRITE.set(method + " " + pathAndQuery);
            return json(200, """
                    {"deadLetter":{"id":9,"consumer":"forum-service","reason":"SQLTransientConnectionException: pool exhausted",
                      "record":"{}","receivedAt":"2026-11-02T08:00:00Z","replayedAt":"2026-11-02T09:00:00Z",
                      "replayedBy":"ada-subject"},"applied":true}""");
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/consultations/dead-letters/7/replay")) {
            LAST_WRITE.set(method + " " + pathAndQuery);
            return problem(409, "{\"status\":409,\"title\":\"Conflict\",\"detail\":\"words no page should show\"}");
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/dead-letters")) {
            return problem(503, "{\"status\":503,\"title\":\"Service Unavailable\"}");
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/invitation-rounds")) {
            return json(200, """
                    [{"consultationId":"%s","title":"Paying people for their involvement","audience":"ALL",
                      "closesAt":"2026-12-20T17:00:00Z","receivedAt":"2026-11-20T09:00:00Z","status":"SENT","invited":12,"heldBack":2}]""".formatted(ROUND));
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/invitation-rounds/" + ROUND)) {
            return json(200, """
                    {"round":{"consultationId":"%s","title":"Paying people for their involvement","audience":"ALL",
                      "closesAt":"2026-12-20T17:00:00Z","receivedAt":"2026-11-20T09:00:00Z","status":"SENT","invited":12,"heldBack":2},
                     "heldBack":[{"memberId":"%s","displayName":"Amara Okafor","reason":"OVER_LIMIT"},
                                 {"memberId":"%s","displayName":"David Jones","reason":"QUIET_PERIOD"}]}""".formatted(ROUND, AMARA, DAVID));
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/applications?status=APPROVED")) {
            return json(200, """
                    [{"id":"d1b2c3d4-0000-4000-8000-000000000001","displayName":"Priya Shah","perspectives":["STUDENT"],
                      "region":"LONDON","status":"APPROVED","decisionReason":null,"submittedAt":"2026-10-01T09:00:00Z",
                      "decidedAt":"2026-10-03T09:00:00Z"}]""");
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/applications?status=DECLINED")) {
            return json(200, """
                    [{"id":"d1b2c3d4-0000-4000-8000-000000000002","displayName":"Tom Evans","perspectives":["OTHER"],
                      "region":"SOUTH_WEST","status":"DECLINED","decisionReason":"The forum is for people who use social care.",
                      "submittedAt":"2026-10-05T09:00:00Z","decidedAt":"2026-10-07T09:00:00Z"}]""");
        }
        if (!"GET".equals(method)
                && (pathAndQuery.startsWith("/api/tracking/consultations/" + TRACKED)
                        || pathAndQuery.startsWith("/api/tracking/actions/"))) {
            LAST_WRITE.set(method + " " + pathAndQuery + " " + body);
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/consultations/" + TRACKED)) {
            return json(200, """
                    {"id":"%s","title":"Paying people for their involvement","status":"CLOSED","opensAt":"2026-09-01T09:00:00Z",
                     "closesAt":"2026-10-01T17:00:00Z","closedAt":"2026-10-01T17:00:00Z","outcomeDueBy":"2026-12-24",
                     "overdueSince":null,"outcomePublishedAt":null}""".formatted(TRACKED));
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/consultations/" + TRACKED + "/key-points")) {
            return json(200, """
                    [{"id":"9b1c1c1e-0000-4000-8000-0000000000e1","text":"Pay is late","voices":null,"answered":true,
                      "state":"answered","actions":[
                        {"id":"%s","description":"We will look at paying sooner","status":"AGREED","reason":null,"owner":"Finance","dueDate":null,"overdue":false},
                        {"id":"%s","description":"Pay within ten days","status":"IN_PROGRESS","reason":null,"owner":"Finance","dueDate":"2027-01-31","overdue":false}]}]""".formatted(UNDATED, DATED));
        }
        if ("GET".equals(method)
                && (pathAndQuery.equals("/api/tracking/actions/" + UNDATED)
                        || pathAndQuery.equals("/api/tracking/actions/" + DATED))) {
            boolean undated = pathAndQuery.endsWith(UNDATED);
            return json(200, """
                    {"id":"%s","consultationId":"%s","description":"%s","status":"%s","reason":null,"owner":"Finance",
                     "dueDate":%s,"reviewDate":"2027-06-30","overdue":false,"commitmentWithoutDate":%s,
                     "evidence":{"draftChange":null,"documentUrl":"https://example.org/rates","description":null},
                     "confirmations":{"reflects":0,"misses":0},"comments":[],"history":[]}""".formatted(
                            undated ? UNDATED : DATED,
                            TRACKED,
                            undated ? "We will look at paying sooner" : "Pay within ten days",
                            undated ? "AGREED" : "IN_PROGRESS",
                            undated ? "null" : "\"2027-01-31\"",
                            undated));
        }
        if ("PUT".equals(method) && pathAndQuery.equals("/api/tracking/consultations/" + TRACKED + "/outcome-due")) {
            if (body.contains("2026-09-")) {
                return problem(
                        400,
                        "{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":"
                                + "\"outcomeDueBy\",\"message\":\"words no page should show\",\"code\":\"before_closing\"}]}");
            }
            return json(200, "{}");
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/tracking/actions/" + DATED + "/status")) {
            if (!body.contains("evidence")) {
                return problem(422, "{\"status\":422,\"title\":\"Rule\",\"code\":\"evidence_required\"}");
            }
            if (body.contains("will")) {
                return problem(
                        400,
                        "{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":"
                                + "\"evidence.description\",\"message\":\"words no page should show\",\"code\":\"a_promise\"}]}");
            }
            return json(200, "{}");
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/actions/" + DATED + "/trace")) {
            return json(200, """
                    {"actionId":"%s","consultationId":"%s","description":"Pay within ten days","status":"IN_PROGRESS",
                     "voices":null,"keyPoints":[{"id":"9b1c1c1e-0000-4000-8000-0000000000e1","text":"Pay is late","voices":null,
                      "inputs":[{"kind":"ANSWER","inputId":"%s","responseId":null,"memberId":"%s","questionKey":"p3",
                                 "sectionKey":null,"perspectives":["CARER"],"text":"I waited two months for my money"},
                                {"kind":"COMMENT","inputId":"6f1c1c1e-0000-4000-8000-0000000000ea","responseId":null,
                                 "memberId":"%s","questionKey":null,"sectionKey":"rates","perspectives":[],"text":null}]}]}""".formatted(DATED, TRACKED, INPUT, AMARA, DAVID));
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/inputs/" + INPUT + "/trace")) {
            return json(200, """
                    [{"inputId":"%s","consultationId":"%s","consultationTitle":"Paying people for their involvement",
                      "kind":"ANSWER","questionKey":"p3","sectionKey":null,"state":"answered",
                      "keyPoints":[{"id":"9b1c1c1e-0000-4000-8000-0000000000e1","text":"Pay is late",
                        "actions":[{"actionId":"%s","description":"Pay within ten days","status":"IN_PROGRESS","reason":null,
                                    "evidence":null,"updatedAt":"2026-11-01T09:00:00Z","myVerdict":null}]}]}]""".formatted(INPUT, TRACKED, DATED));
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/impact")) {
            String figures = """
                    {"consultations":4,"averageDaysFromCloseToOutcome":52.5,"medianDaysFromCloseToOutcome":41.0,
                     "outcomesOnTime":3,"outcomesOverdue":1,"shareOfOutcomesOnTime":0.75,"keyPoints":8,"keyPointsWithAction":6,
                     "shareOfKeyPointsWithAction":0.75,"actions":6,"implemented":2,"partlyAdopted":1,"notAdopted":1,
                     "shareOfActionsImplemented":0.33,"shareOfImplementedWithLivedExperience":0.5,"participants":20,
                     "participationByPerspective":{"CARER":5},"participationByRegion":{"LONDON":5}}""";
            return json(200, "{\"overall\":" + figures + ",\"consultations\":[]}");
        }
        if ("DELETE".equals(method) && pathAndQuery.equals("/api/forum/members/" + DAVID)) {
            return new MeetingsBackend.Answer(204, "application/json", new byte[0]);
        }
        return null;
    }
}
