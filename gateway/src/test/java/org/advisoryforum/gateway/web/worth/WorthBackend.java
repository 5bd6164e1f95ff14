package org.advisoryforum.gateway.web.worth;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How forum-service answers the "Was it worth it?" pages, for the recording backend ({@code EchoBackendResource}):
 * the member's answer about a ledger entry (one entry's answer is refused with a field code), the counts per activity
 * for staff, the public counts, and a profile edit that changes only the invitation choice.
 */
public final class WorthBackend {

    /** The recording backend's ledger: the first entry not answered yet, the second answered. */
    public static final String UNANSWERED = "6f1c1c1e-0000-4000-8000-0000000000d1";

    public static final String ANSWERED = "6f1c1c1e-0000-4000-8000-0000000000d2";
    public static final String CONSULTATION = "6f1c1c1e-0000-4000-8000-000000000001";

    /** The last write to a worth path, "METHOD path body". */
    public static final AtomicReference<String> LAST_WRITE = new AtomicReference<>();

    public record Answer(int status, String contentType, byte[] body) {
        static Answer json(int status, String body) {
            return new Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final String COUNTS = """
            {"answers":3,"timeTaken":{"UNDER_30_MINUTES":1,"UP_TO_1_HOUR":0,"UP_TO_2_HOURS":2,"OVER_2_HOURS":0},
             "worthIt":{"YES":2,"PARTLY":0,"NO":1},"feltHeard":{"YES":1,"PARTLY":1,"NO":1}}""";

    private WorthBackend() {}

    /** The answer to a worth call, or null for any other call. */
    public static Answer answer(String method, String pathAndQuery, String body) {
        if ("PUT".equals(method)
                && pathAndQuery.startsWith("/api/forum/members/me/involvement/")
                && pathAndQuery.endsWith("/feedback")) {
            LAST_WRITE.set(method + " " + pathAndQuery + " " + body);
            if (body.contains("\"timeTaken\":\"OVER_2_HOURS\"") && body.contains("\"worthIt\":\"PARTLY\"")) {
                // a refusal the page could not foresee: named by its field and code
                return new Answer(
                        400,
                        "application/problem+json",
                        ("{\"status\":400,\"title\":\"Invalid request\","
                                        + "\"errors\":[{\"field\":\"worthIt\",\"message\":\"words no page should show\","
                                        + "\"code\":\"unknown_value\"}]}")
                                .getBytes(StandardCharsets.UTF_8));
            }
            return Answer.json(
                    201,
                    "{\"involvementId\":\"" + UNANSWERED + "\",\"timeTaken\":\"UP_TO_1_HOUR\","
                            + "\"worthIt\":\"NO\",\"feltHeard\":\"PARTLY\",\"answeredAt\":\"2026-11-22T10:00:00Z\"}");
        }
        if ("PUT".equals(method)
                && pathAndQuery.equals("/api/forum/members/me")
                && body.contains("keepInvitingAsUsual")) {
            LAST_WRITE.set(method + " " + pathAndQuery + " " + body);
            return Answer.json(200, body);
        }
        if (pathAndQuery.equals("/api/forum/involvement-feedback/public")) {
            return Answer.json(
                    200,
                    "{\"all\":" + COUNTS + ",\"byKind\":{\"CONSULTATION_RESPONSE\":" + COUNTS
                            + ",\"MEETING\":{\"answers\":0,\"timeTaken\":{},\"worthIt\":{},\"feltHeard\":{}},"
                            + "\"OTHER\":{\"answers\":0,\"timeTaken\":{},\"worthIt\":{},\"feltHeard\":{}}}}");
        }
        if (pathAndQuery.startsWith("/api/forum/involvement-feedback")) {
            return Answer.json(
                    200,
                    "[{\"kind\":\"CONSULTATION_RESPONSE\",\"consultationId\":\"" + CONSULTATION
                            + "\",\"meetingId\":null,\"title\":\"Paying people for their involvement\",\"counts\":"
                            + COUNTS + "}]");
        }
        return null;
    }
}
