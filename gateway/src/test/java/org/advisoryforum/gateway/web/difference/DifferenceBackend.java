package org.advisoryforum.gateway.web.difference;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How forum-service and tracking answer the inbox and the "did it make a difference?" pages, for the recording backend
 * ({@code EchoBackendResource}): an inbox with one message of every key (and one stored before keys), an action due
 * for review that a member may answer, one not yet due (tracking refuses with 409 {@code review_not_due}), and the
 * staff list of actions due for review.
 */
public final class DifferenceBackend {

    public static final String DUE = "9d1c1c1e-0000-4000-8000-000000000001";
    public static final String NOT_DUE = "9d1c1c1e-0000-4000-8000-000000000002";
    public static final String CONSULTATION = "6f1c1c1e-0000-4000-8000-000000000001";

    /** The last write to a difference route: method, path and body. */
    public static final AtomicReference<String> LAST_WRITE = new AtomicReference<>();

    public record Answer(int status, String contentType, byte[] body) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }

        static Answer problem(int status, String body) {
            return new Answer(status, "application/problem+json", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final String INBOX = """
            [{"id":"0e1c1c1e-0000-4000-8000-000000000001","kind":"INVITATION","key":"invitation",
              "params":{"consultationTitle":"Paying people for their involvement","closesAt":"2026-10-01T16:00:00Z"},
              "title":"You are invited to take part: Paying people for their involvement",
              "body":"A new consultation is open until 1 October 2026. Your view would help.",
              "consultationId":"%1$s","createdAt":"2026-09-01T10:00:00Z"},
             {"id":"0e1c1c1e-0000-4000-8000-000000000002","kind":"ACTION_UPDATE","key":"action_update",
              "params":{"status":"IMPLEMENTED","summary":"We now pay travel costs on the day"},
              "title":"Something you said has moved on","body":"English body","consultationId":"%1$s",
              "createdAt":"2026-11-01T10:00:00Z"},
             {"id":"0e1c1c1e-0000-4000-8000-000000000003","kind":"QUOTE_MODERATED","key":"quote_redacted",
              "params":{"reasons":"NAMES_THIRD_PARTY"},"title":"Part of your words was removed","body":"English body",
              "consultationId":"%1$s","createdAt":"2026-11-02T10:00:00Z"},
             {"id":"0e1c1c1e-0000-4000-8000-000000000004","kind":"MEETING_INVITATION","key":"meeting_invitation",
              "params":{"meetingTitle":"Forum meeting in Leeds","startsAt":"2026-12-03T10:00:00Z"},
              "title":"You are invited to a forum meeting: Forum meeting in Leeds","body":"English body",
              "consultationId":null,"createdAt":"2026-11-03T10:00:00Z"},
             {"id":"0e1c1c1e-0000-4000-8000-000000000005","kind":"DIFFERENCE_ASKED","key":"difference_asked",
              "params":{"actionId":"%2$s","summary":"We now pay travel costs on the day","reviewDate":"2026-11-30"},
              "title":"Did it make a difference?","body":"English body","consultationId":"%1$s",
              "createdAt":"2026-11-30T10:00:00Z"},
             {"id":"0e1c1c1e-0000-4000-8000-000000000006","kind":"INVITATION","key":"legacy","params":{},
              "title":"An invitation from before keys","body":"Its English text, kept.","consultationId":null,
              "createdAt":"2026-08-01T10:00:00Z"}]""".formatted(CONSULTATION, DUE);

    static String mine(String actionId, String answer, String comment) {
        return """
                {"actionId":"%s","consultationId":"%s","description":"We now pay travel costs on the day",
                 "status":"IMPLEMENTED","reviewDate":"2026-11-30","askedAt":"2026-11-30T09:00:00Z",
                 "answer":%s,"comment":%s,"answeredAt":null}""".formatted(
                        actionId,
                        CONSULTATION,
                        answer == null ? "null" : "\"" + answer + "\"",
                        comment == null ? "null" : "\"" + comment + "\"");
    }

    static final String REVIEWS = """
            [{"actionId":"%s","consultationId":"%s","meetingId":null,"description":"We now pay travel costs on the day",
              "status":"IMPLEMENTED","reviewDate":"2026-11-30","askedAt":"2026-11-30T09:00:00Z","membersAsked":4,
              "counts":{"madeADifference":2,"someDifference":1,"noDifference":1},
              "comments":[{"answer":"NO_DIFFERENCE","comment":"The form still asks for receipts twice",
                           "answeredAt":"2026-12-01T10:00:00Z"}]}]""".formatted(DUE, CONSULTATION);

    private DifferenceBackend() {}

    /** The answer to one of these routes, or null for any other. */
    public static Answer answer(String method, String pathAndQuery, String body) {
        if ("GET".equals(method) && pathAndQuery.equals("/api/forum/members/me/notifications")) {
            return Answer.json(200, INBOX);
        }
        if ("GET".equals(method) && pathAndQuery.equals("/api/tracking/reviews")) {
            return Answer.json(200, REVIEWS);
        }
        for (String action : new String[] {DUE, NOT_DUE}) {
            if (!pathAndQuery.equals("/api/tracking/actions/" + action + "/difference")) {
                continue;
            }
            if ("GET".equals(method)) {
                return Answer.json(200, mine(action, null, null));
            }
            LAST_WRITE.set(method + " " + pathAndQuery + " " + body);
            if (action.equals(NOT_DUE)) {
                return Answer.problem(409, "{\"status\":409,\"title\":\"Conflict\",\"code\":\"review_not_due\"}");
            }
            return Answer.json(200, mine(action, "SOME_DIFFERENCE", "Better"));
        }
        return null;
    }
}
