package org.advisoryforum.gateway.web.mydata;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How the three services answer "download my data" and the consent history, for the recording backend
 * ({@code EchoBackendResource}); a test names in {@link #DOWN} the service that answers 503 meanwhile.
 */
public final class MyDataBackend {

    public static final String FORUM = "/api/forum/members/me/data";
    public static final String CONSULTATIONS = "/api/consultations/my-data";
    public static final String TRACKING = "/api/tracking/members/me/data";
    public static final String HISTORY = "/api/forum/members/me/consents/history";

    /** The path (one of the three above) that answers 503 for now; null while every service is up. */
    public static final AtomicReference<String> DOWN = new AtomicReference<>();

    public record Answer(int status, String contentType, byte[] body) {
        static Answer json(String body) {
            return new Answer(200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final String FORUM_DATA = """
            {"generatedAt":"2026-12-01T10:00:00Z","profile":{"memberId":"a1b2c3d4-0000-4000-8000-00000000a001",
             "displayName":"Amara O.","perspectives":["LIVED_EXPERIENCE"],"region":"NORTH_WEST",
             "accessibilityNeeds":["EASY_READ"]},
             "currentConsent":{"version":2,"quote":"ANONYMOUS","channel":"ACCOUNT_PAGE"},
             "consentHistory":[{"version":2,"quote":"ANONYMOUS","channel":"ACCOUNT_PAGE"},{"version":1,"quote":"NONE","channel":"JOINING"}],
             "applications":[],"involvement":[],"claims":[],"notifications":[],"consultationInvitations":[],"meetings":[]}""";

    static final String CONSULTATIONS_DATA = """
            {"generatedAt":"2026-12-01T10:00:00Z","member":{"quoteConsent":"ANONYMOUS"},
             "responses":[{"responseId":"b1b2c3d4-0000-4000-8000-00000000b001","status":"SUBMITTED","attribution":"ANONYMOUS",
               "answers":[{"questionKey":"p2","value":"Pay people on the day, in plain words."}],"sectionComments":[]}]}""";

    static final String TRACKING_DATA = """
            {"generatedAt":"2026-12-01T10:00:00Z","member":null,"responses":[],
             "confirmations":[{"actionId":"c1b2c3d4-0000-4000-8000-00000000c001","verdict":"REFLECTS","comment":null}],
             "impact":{"inputs":1,"inKeyPoints":0,"answered":0,"items":[]}}""";

    static final String HISTORY_DATA = """
            [{"version":2,"quote":"ANONYMOUS","contactByEmail":false,"useInStatistics":true,
              "changedAt":"2026-11-20T10:00:00Z","channel":"ACCOUNT_PAGE"},
             {"version":1,"quote":"NONE","contactByEmail":true,"useInStatistics":false,
              "changedAt":"2026-06-01T09:30:00Z","channel":"JOINING"}]""";

    private MyDataBackend() {}

    /** The answer to a my-data call, or null for any other call. */
    public static Answer answer(String method, String pathAndQuery) {
        if (!"GET".equals(method)) {
            return null;
        }
        if (pathAndQuery.equals(DOWN.get())) {
            return new Answer(
                    503,
                    "application/problem+json",
                    "{\"status\":503,\"title\":\"Service Unavailable\"}".getBytes(StandardCharsets.UTF_8));
        }
        return switch (pathAndQuery) {
            case FORUM -> Answer.json(FORUM_DATA);
            case CONSULTATIONS -> Answer.json(CONSULTATIONS_DATA);
            case TRACKING -> Answer.json(TRACKING_DATA);
            case HISTORY -> Answer.json(HISTORY_DATA);
            default -> null;
        };
    }
}
