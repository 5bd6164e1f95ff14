package org.advisoryforum.gateway.web.meetings;

import java.nio.charset.StandardCharsets;

/**
 * How forum-service and tracking answer the meeting pages, for the recording backend ({@code EchoBackendResource}):
 * a meeting that has ended (attendance and minutes forms), one still to come (the member's reply form) and one that is
 * full (the service refuses a registration with 409 {@code meeting_full}).
 */
public final class MeetingsBackend {

    public static final String PAST = "7a1c1c1e-0000-4000-8000-000000000001";
    public static final String COMING = "7a1c1c1e-0000-4000-8000-000000000002";
    public static final String FULL = "7a1c1c1e-0000-4000-8000-000000000003";
    public static final String INVITEE = "a1b2c3d4-0000-4000-8000-0000000000e1";

    /** A status and a body, with the content type. */
    public record Answer(int status, String contentType, byte[] body) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer problem(int status, String body) {
            return new Answer(status, "application/problem+json", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The last call that was not a read (the pages read the meeting again after each write). */
    public static final java.util.concurrent.atomic.AtomicReference<String> LAST_WRITE =
            new java.util.concurrent.atomic.AtomicReference<>();

    private MeetingsBackend() {}

    static String meeting(String id, String startsAt, String endsAt, String minutes) {
        return """
                {"id":"%s","title":"Forum meeting in Leeds","startsAt":"%s","endsAt":"%s","format":"HYBRID",
                 "place":"Civic Centre, Leeds","joiningLink":"https://meet.example.org/leeds",
                 "accessibility":"Step-free access and a hearing loop","capacity":20,"payment":50.00,
                 "agenda":[{"title":"Rates of pay","consultationId":"6f1c1c1e-0000-4000-8000-000000000001","sectionKey":"rates"}],
                 "minutesPublishedAt":%s,"counts":{"invited":3,"heldBack":1,"registered":2,"declined":1,"attended":0}}""".formatted(id, startsAt, endsAt, minutes == null ? "null" : "\"" + minutes + "\"");
    }

    static String mine(String id, String startsAt, String endsAt) {
        return """
                {"meeting":%s,"outcome":"INVITED","reply":null,"accessNeeds":null,"repliedAt":null,"attendedAt":null}""".formatted(meeting(id, startsAt, endsAt, null));
    }

    static final String OUTCOME = """
            {"meetingId":"%s","title":"Forum meeting in Leeds","startsAt":"2026-11-20T10:00:00Z","endsAt":"2026-11-20T12:00:00Z",
             "format":"HYBRID","agenda":[{"title":"Rates of pay","consultationId":null,"sectionKey":null}],
             "summary":"Members asked for the rates of pay in plain language.",
             "attendance":{"total":3,"byPerspective":{"LIVED_EXPERIENCE":2,"CARER":1}},
             "actions":[{"id":"8b1c1c1e-0000-4000-8000-000000000001","description":"Publish the rates of pay in plain language",
                         "owner":"Engagement team","dueDate":"2027-01-31","status":"AGREED","reason":null,"overdue":false,
                         "evidence":null,"updatedAt":"2026-11-21T09:00:00Z"},
                        {"id":"8b1c1c1e-0000-4000-8000-000000000002","description":"Pay within 10 working days",
                         "owner":"Finance","dueDate":null,"status":"IMPLEMENTED","reason":null,"overdue":false,
                         "evidence":{"draftChange":null,"documentUrl":null,"description":"Claims are now paid within ten working days."},
                         "updatedAt":"2026-11-25T09:00:00Z"}],
             "publishedAt":"2026-11-21T09:00:00Z"}""".formatted(PAST);

    /** The answer to a meeting call, or null for any other call. */
    public static Answer answer(String method, String pathAndQuery, String body) {
        if (!"GET".equals(method) && pathAndQuery.contains("meetings")) {
            LAST_WRITE.set(method + " " + pathAndQuery + " " + body);
        }
        String past = meeting(PAST, "2026-11-20T10:00:00Z", "2026-11-20T12:00:00Z", null);
        if (pathAndQuery.equals("/api/tracking/meetings")) {
            return Answer.json(200, """
                    [{"meetingId":"%s","title":"Forum meeting in Leeds","startsAt":"2026-11-20T10:00:00Z","format":"HYBRID",
                      "attended":3,"actions":2,"publishedAt":"2026-11-21T09:00:00Z"}]""".formatted(PAST));
        }
        if (pathAndQuery.equals("/api/tracking/meetings/" + PAST)) {
            return Answer.json(200, OUTCOME);
        }
        if (pathAndQuery.equals("/api/forum/members/me/meetings")) {
            return Answer.json(200, "[" + mine(COMING, "2027-06-01T09:00:00Z", "2027-06-01T11:00:00Z") + "]");
        }
        if (pathAndQuery.equals("/api/forum/members/me/meetings/" + COMING)
                || pathAndQuery.equals("/api/forum/members/me/meetings/" + FULL)) {
            String id = pathAndQuery.substring(pathAndQuery.lastIndexOf('/') + 1);
            return Answer.json(200, mine(id, "2027-06-01T09:00:00Z", "2027-06-01T11:00:00Z"));
        }
        if ("PUT".equals(method) && pathAndQuery.equals("/api/forum/members/me/meetings/" + FULL + "/reply")) {
            return Answer.problem(409, "{\"status\":409,\"title\":\"Conflict\",\"code\":\"meeting_full\"}");
        }
        if ("PUT".equals(method) && pathAndQuery.equals("/api/forum/members/me/meetings/" + COMING + "/reply")) {
            return Answer.json(200, mine(COMING, "2027-06-01T09:00:00Z", "2027-06-01T11:00:00Z"));
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/meetings")) {
            return Answer.json(200, "[" + past + "]");
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/forum/meetings")) {
            if (body.contains("refused.example.org")) {
                return Answer.problem(
                        400,
                        "{\"status\":400,\"title\":\"Invalid request\",\"errors\":[{\"field\":"
                                + "\"joiningLink\",\"message\":\"words no page should show\",\"code\":\"not_https\"}]}");
            }
            return Answer.json(201, past);
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/meetings/" + PAST)) {
            return Answer.json(200, """
                    {"meeting":%s,"invitees":[{"memberId":"%s","displayName":"Amara Okafor","outcome":"INVITED",
                      "reply":"REGISTERED","accessNeeds":"Papers in large print","repliedAt":"2026-11-10T09:00:00Z",
                      "attendedAt":null}]}""".formatted(past, INVITEE));
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/forum/meetings/" + PAST + "/invitations")) {
            return Answer.json(200, "{\"invited\":2,\"heldBack\":1,\"alreadyAsked\":0}");
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/forum/meetings/" + PAST + "/attendance")) {
            return Answer.json(200, "{\"recorded\":1,\"alreadyRecorded\":0}");
        }
        if ("POST".equals(method) && pathAndQuery.equals("/api/forum/meetings/" + PAST + "/minutes")) {
            return Answer.json(201, "{}");
        }
        return null;
    }
}
