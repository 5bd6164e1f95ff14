package org.advisoryforum.gateway;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A backend that answers like a service and remembers what reached it, to test the gateway's routing and token
 * relay on its own. The real services behind the real gateway are tested end to end in the deploy module.
 */
public class EchoBackendResource implements QuarkusTestResourceLifecycleManager {

    public record Seen(
            String method, String pathAndQuery, String authorization, String body, Map<String, List<String>> headers) {}

    /**
     * A published outcome whose data a test changes ({@code version}) and whose caching headers it chooses, one per
     * consultation id beginning with {@link #CACHED_PREFIX}: ETag {@code "v<version>"}, 304 on If-None-Match, and
     * a count of the reads that reached the service and of the 304s it gave.
     */
    public static final class CachedOutcome {
        public final AtomicInteger version = new AtomicInteger(1);
        public final AtomicInteger reads = new AtomicInteger();
        public final AtomicInteger notModified = new AtomicInteger();
        public final AtomicReference<String> lastIfNoneMatch = new AtomicReference<>();
        public final String cacheControl;

        CachedOutcome(String cacheControl) {
            this.cacheControl = cacheControl;
        }
    }

    static final String CACHED_PREFIX = "6f1c1c1e-0000-4000-8000-0000000c";
    static final Map<String, CachedOutcome> CACHED = new ConcurrentHashMap<>();

    /** A fresh consultation id (from {@code n}) whose outcome the backend serves with {@code cacheControl}. */
    static String cachedOutcome(int n, String cacheControl) {
        String id = CACHED_PREFIX + "%04d".formatted(n);
        CACHED.put(id, new CachedOutcome(cacheControl));
        return id;
    }

    /** Headers a service may send that must never leave the gateway, beside those it relays. */
    static final Map<String, String> INTERNAL_HEADERS = Map.of(
            "X-Internal-Host", "tracking-7f9c", "Set-Cookie", "backend-session=secret", "Server-Timing", "db;dur=3");
    /** A body far larger than any buffer on the way, relayed in chunks. */
    static final int LARGE_BODY_BYTES = 3 * 1024 * 1024 + 17;

    public static final AtomicReference<Seen> LAST = new AtomicReference<>();
    /** Every request, in the order they arrived (for pages that make several calls at once). */
    public static final java.util.Queue<Seen> ALL = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** The latest request with this method (a page may read again after a refused write, to show it). */
    public static Seen last(String method) {
        Seen latest = null;
        for (Seen seen : ALL) {
            if (seen.method().equals(method)) {
                latest = seen;
            }
        }
        return latest;
    }

    static final String OPEN_CONSULTATIONS = """
            [{"id":"6f1c1c1e-0000-4000-8000-000000000001","title":"Paying people for their involvement: our draft policy",
              "plainLanguageSummary":"We want to pay you for your time when you help us.","kind":"POLICY","status":"OPEN",
              "opensAt":"2026-11-18T09:00:00Z","closesAt":"2026-12-16T17:00:00Z"}]""";

    static final String CONSULTATION = """
            {"id":"6f1c1c1e-0000-4000-8000-000000000001","title":"Paying people for their involvement: our draft policy",
             "summary":"We want to pay people fairly.","plainLanguageSummary":"We want to pay you for your time when you help us.",
             "kind":"POLICY","audience":"MEMBERS_AND_PUBLIC","accountableTeam":"Engagement","status":"OPEN",
             "opensAt":"2026-11-18T09:00:00Z","closesAt":"2026-12-16T17:00:00Z","draftVersion":1,
             "sections":[{"key":"rates","heading":"Rates","text":"We pay £25 for up to two hours."}],
             "questions":[{"key":"p1","type":"SINGLE_CHOICE","text":"Are these rates fair?","required":true,"options":["Too low","About right"]}],
             "askedBeforeAnyAnswer":["p1"]}""";

    /**
     * A consultation with a member's submitted response (which withdraws), and one whose response is already withdrawn
     * (a second withdraw is refused as the service does, 404).
     */
    static final String ANSWERED = "6f1c1c1e-0000-4000-8000-000000000002";

    static final String WITHDRAWN = "6f1c1c1e-0000-4000-8000-000000000003";
    /** A draft being answered: the rates page answered with a comment on travel, the required travel scale not yet. */
    static final String DRAFTING = "6f1c1c1e-0000-4000-8000-000000000004";
    /** Eight questions: the rates section fills the first page, travel the second; one question only after "Too low". */
    static final String LONG_CONSULTATION = """
            {"id":"6f1c1c1e-0000-4000-8000-000000000004","title":"Travel and rates in full","summary":"s","plainLanguageSummary":"p",
             "kind":"POLICY","audience":"MEMBERS_AND_PUBLIC","accountableTeam":"Engagement","status":"OPEN",
             "opensAt":"2026-11-18T09:00:00Z","closesAt":"2026-12-16T17:00:00Z","draftVersion":1,
             "sections":[{"key":"rates","heading":"Rates","text":"We pay £25."},
                         {"key":"travel","heading":"Travel costs","text":"We pay for travel."}],
             "questions":[
               {"key":"p1","type":"SINGLE_CHOICE","text":"Are these rates fair?","section":"rates","required":true,"options":["Too low","About right"]},
               {"key":"p5","type":"FREE_TEXT","text":"What should we pay?","section":"rates","required":false,"showIf":{"question":"p1","equals":"Too low"}},
               {"key":"r2","type":"FREE_TEXT","text":"What about preparation time?","section":"rates","required":false},
               {"key":"r3","type":"FREE_TEXT","text":"What about meetings that run late?","section":"rates","required":false},
               {"key":"r4","type":"FREE_TEXT","text":"What about reading papers?","section":"rates","required":false},
               {"key":"p2","type":"SCALE","text":"How much does paying for travel matter?","section":"travel","required":true,
                "scale":{"min":1,"max":5,"minLabel":"Not at all","maxLabel":"Essential"}},
               {"key":"p3","type":"FREE_TEXT","text":"Anything else about travel?","section":"travel","required":false},
               {"key":"p4","type":"FREE_TEXT","text":"Should we pay for taxis?","section":"travel","required":false}],
             "askedBeforeAnyAnswer":["p1","r2","r3","r4","p2","p3","p4"]}""";

    static final String DRAFT_RESPONSE = """
            {"id":"6f1c1c1e-0000-4000-8000-0000000000a4","status":"DRAFT","attribution":"ANONYMOUS",
             "answers":[{"questionKey":"p1","value":"About right"}],
             "sectionComments":[{"sectionKey":"travel","text":"Pay taxis too"}],
             "askedQuestionKeys":["p1","r2","r3","r4","p2","p3","p4"]}""";

    static String consultation(String id) {
        return """
                {"id":"%s","title":"Travel and rates","summary":"s","plainLanguageSummary":"p","kind":"POLICY",
                 "audience":"MEMBERS_AND_PUBLIC","accountableTeam":"Engagement","status":"OPEN",
                 "opensAt":"2026-11-18T09:00:00Z","closesAt":"2026-12-16T17:00:00Z","draftVersion":1,
                 "sections":[{"key":"rates","heading":"Rates","text":"We pay £25."},
                             {"key":"travel","heading":"Travel costs","text":"We pay for travel."}],
                 "questions":[
                   {"key":"p1","type":"SINGLE_CHOICE","text":"Are these rates fair?","section":"rates","required":true,"options":["Too low","About right"]},
                   {"key":"p2","type":"SCALE","text":"How much does paying for travel matter?","section":"travel","required":true,
                    "scale":{"min":1,"max":5,"minLabel":"Not at all","maxLabel":"Essential"}},
                   {"key":"p3","type":"FREE_TEXT","text":"Anything else about travel?","section":"travel","required":false}],
                 "askedBeforeAnyAnswer":["p1","p2","p3"]}""".formatted(id);
    }

    /** Out of question order on purpose: the staff page puts it in order. */
    static final String RESPONSES = """
            [{"id":"6f1c1c1e-0000-4000-8000-0000000000a1","memberId":"a1b2c3d4-0000-4000-8000-000000000001",
              "perspectives":[],"attribution":"ANONYMOUS","provenance":"PHONE",
              "answers":[{"answerId":"6f1c1c1e-0000-4000-8000-0000000000b3","questionKey":"p3","value":"Trains are dear"},
                         {"answerId":"6f1c1c1e-0000-4000-8000-0000000000b2","questionKey":"p2","value":4},
                         {"answerId":"6f1c1c1e-0000-4000-8000-0000000000b1","questionKey":"p1","value":"About right"}],
              "sectionComments":[{"commentId":"6f1c1c1e-0000-4000-8000-0000000000c2","sectionKey":"travel","text":"Pay taxis too"},
                                 {"commentId":"6f1c1c1e-0000-4000-8000-0000000000c1","sectionKey":"rates","text":"Pay on time"}]}]""";

    static final String MY_RESPONSE = """
            {"id":"6f1c1c1e-0000-4000-8000-0000000000a1","status":"%s","attribution":"ANONYMOUS",
             "answers":%s,"sectionComments":[],"askedQuestionKeys":["p1","p2","p3"]}""";

    static final String MY_IMPACT = """
            {"inputs":2,"inKeyPoints":0,"answered":0,"items":[
              {"inputId":"6f1c1c1e-0000-4000-8000-0000000000b2","consultationId":"%1$s","consultationTitle":"Travel and rates",
               "kind":"ANSWER","questionKey":"p2","state":"OPEN","keyPoints":[]},
              {"inputId":"6f1c1c1e-0000-4000-8000-0000000000c2","consultationId":"%1$s","consultationTitle":"Travel and rates",
               "kind":"COMMENT","sectionKey":"travel","state":"OPEN","keyPoints":[]}]}""".formatted(ANSWERED);

    static final String DIFF = """
            {"consultationId":"%s","fromVersion":1,"toVersion":2,"changes":[
              {"sectionKey":"rates","change":"CHANGED","headingBefore":"Rates","headingAfter":"Rates",
               "textBefore":"We pay £25.","textAfter":"We pay £30."},
              {"sectionKey":"meals","change":"ADDED","headingAfter":"Meals","textAfter":"We pay for lunch."}]}""".formatted(ANSWERED);

    /** A consultation id whose every call answers 503, and one whose every call is hung up on. */
    static final String UNAVAILABLE = "6f1c1c1e-0000-4000-8000-000000000503";

    static final String HANGS_UP = "6f1c1c1e-0000-4000-8000-000000000504";

    /** Quotable words in moderation (a non-BMP character first, so offsets must be code points), and words whose
     * decision the service refuses (removes_everything). */
    static final String MODERATED = "6f1c1c1e-0000-4000-8000-00000000a001";

    static final String MODERATION_REFUSED = "6f1c1c1e-0000-4000-8000-00000000a002";
    static final String MODERATION_TEXT = "\uD83D\uDE42 My neighbour Jo Bloggs helps me; Jo Bloggs is kind.";

    static String moderationItem(String id) {
        return "{\"inputId\":\"" + id + "\",\"consultationId\":\"6f1c1c1e-0000-4000-8000-000000000001\","
                + "\"kind\":\"ANSWER\",\"questionKey\":\"q1\",\"attribution\":\"ANONYMOUS\",\"text\":\""
                + MODERATION_TEXT + "\",\"status\":\"PENDING\",\"redactions\":[],\"queuedAt\":\"2026-11-20T10:00:00Z\","
                + "\"history\":[]}";
    }

    /** A published outcome with a moderated quote in parts, the response clock and a commitment without a date. */
    static final String OUTCOME = """
            {"consultationId":"6f1c1c1e-0000-4000-8000-000000000001","title":"Paying people for their involvement",
             "plainLanguageSummary":"We want to pay you for your time.","accountableTeam":"Engagement",
             "closedAt":"2026-10-01T17:00:00Z","outcomePublishedAt":"2027-01-05T10:00:00Z",
             "outcomeDueBy":"2026-12-24","overdueSince":"2026-12-25",
             "participation":{"voices":{"total":3,"byPerspective":{"CARER":3},"summary":"3 voices"},"byRegion":{}},
             "youSaid":[{"keyPointId":"6f1c1c1e-0000-4000-8000-0000000000b1","text":"Pay is too low",
               "voices":{"total":4,"byPerspective":{"CARER":1,"SOCIAL_WORKER":2,"LIVED_EXPERIENCE":1},"summary":"4 voices"},
               "quotes":[{"text":"My carer [removed: names a third party] says it is too low","attribution":"ANONYMOUS",
                 "parts":[{"text":"My carer "},{"removed":"NAMES_THIRD_PARTY"},{"text":" says it is too low"}]}],
               "actionIds":["6f1c1c1e-0000-4000-8000-0000000000c1"]}],
             "weDid":[{"actionId":"6f1c1c1e-0000-4000-8000-0000000000c1",
               "keyPointIds":["6f1c1c1e-0000-4000-8000-0000000000b1"],"description":"We will look at the rates",
               "status":"AGREED","owner":"Engagement","overdue":false,"commitmentWithoutDate":true,
               "voices":{"total":3,"byPerspective":{"CARER":3},"summary":"3 voices"},
               "confirmations":{"reflects":0,"misses":0},
               "difference":{"madeADifference":3,"someDifference":1,"noDifference":0}}]}""";

    /** Two responses in the member's involvement ledger: each is named by its consultation; the second was rated. */
    static final String INVOLVEMENT = """
            [{"id":"6f1c1c1e-0000-4000-8000-0000000000d1","kind":"CONSULTATION_RESPONSE","description":"Consultation response",
              "consultationId":"6f1c1c1e-0000-4000-8000-000000000001","occurredAt":"2026-11-20T10:00:00Z"},
             {"id":"6f1c1c1e-0000-4000-8000-0000000000d2","kind":"CONSULTATION_RESPONSE","description":"Consultation response",
              "consultationId":"6f1c1c1e-0000-4000-8000-000000000002","occurredAt":"2026-11-21T10:00:00Z",
              "feedback":{"involvementId":"6f1c1c1e-0000-4000-8000-0000000000d2","timeTaken":"UP_TO_2_HOURS",
                          "worthIt":"PARTLY","feltHeard":"YES","answeredAt":"2026-11-22T10:00:00Z"}}]""";

    /** A member's profile as forum-service returns it. */
    static final String PROFILE = """
            {"memberId":"a1b2c3d4-0000-4000-8000-000000000001","displayName":"Amara","perspectives":["CARER"],
             "region":"LONDON","accessibilityNeeds":[],"accessibilityOther":null,
             "contact":{"digest":"WEEKLY","maxInvitationsPerMonth":4,"quietUntil":null}}""";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String query = exchange.getRequestURI().getRawQuery();
            String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            headers.putAll(exchange.getRequestHeaders());
            Seen seen = new Seen(
                    exchange.getRequestMethod(),
                    pathAndQuery,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body,
                    headers);
            LAST.set(seen);
            ALL.add(seen);
            String cachedId = pathAndQuery.startsWith("/api/tracking/consultations/" + CACHED_PREFIX)
                    ? pathAndQuery.substring("/api/tracking/consultations/".length())
                            .split("/")[0]
                    : null;
            if (cachedId != null && CACHED.containsKey(cachedId)) {
                CachedOutcome outcome = CACHED.get(cachedId);
                outcome.reads.incrementAndGet();
                String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
                outcome.lastIfNoneMatch.set(ifNoneMatch);
                String etag = "\"v" + outcome.version.get() + "\"";
                exchange.getResponseHeaders().add("ETag", etag);
                exchange.getResponseHeaders().add("Cache-Control", outcome.cacheControl);
                if (etag.equals(ifNoneMatch)) {
                    outcome.notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
                byte[] json = OUTCOME.replace("6f1c1c1e-0000-4000-8000-000000000001", cachedId)
                        .replace("Paying people for their involvement", "Cached outcome v" + outcome.version.get())
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, json.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
                return;
            }
            if (pathAndQuery.equals("/api/tracking/relay-headers")) {
                INTERNAL_HEADERS.forEach(
                        (name, value) -> exchange.getResponseHeaders().add(name, value));
                exchange.getResponseHeaders().add("ETag", "\"relay\"");
                exchange.getResponseHeaders().add("Cache-Control", "public, max-age=1");
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                byte[] json = "{\"relayed\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, json.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(json);
                }
                return;
            }
            if (pathAndQuery.equals("/api/tracking/large")) {
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, 0); // no length: chunked
                try (OutputStream out = exchange.getResponseBody()) {
                    byte[] chunk = new byte[8192];
                    for (int written = 0; written < LARGE_BODY_BYTES; written += chunk.length) {
                        int n = Math.min(chunk.length, LARGE_BODY_BYTES - written);
                        for (int i = 0; i < n; i++) {
                            chunk[i] = (byte) ((written + i) % 251);
                        }
                        out.write(chunk, 0, n);
                    }
                }
                return;
            }
            byte[] answer;
            int status = 200;
            var meetings = org.advisoryforum.gateway.web.meetings.MeetingsBackend.answer(
                    exchange.getRequestMethod(), pathAndQuery, body); // the meeting pages' calls (web.meetings)
            if (meetings == null) { // the staff pages' calls (web.members, web.safeguarding, web.deadletters)
                meetings = org.advisoryforum.gateway.web.members.StaffPagesBackend.answer(
                        exchange.getRequestMethod(), pathAndQuery, body);
            }
            if (meetings == null) { // the staff editor's calls (web.editor)
                meetings = org.advisoryforum.gateway.web.editor.EditorBackend.answer(
                        exchange.getRequestMethod(), pathAndQuery, body);
            }
            if (meetings == null) { // the inbox and "did it make a difference?" pages' calls (web.difference)
                var difference = org.advisoryforum.gateway.web.difference.DifferenceBackend.answer(
                        exchange.getRequestMethod(), pathAndQuery, body);
                meetings = difference == null
                        ? null
                        : new org.advisoryforum.gateway.web.meetings.MeetingsBackend.Answer(
                                difference.status(), difference.contentType(), difference.body());
            }
            if (meetings != null) {
                exchange.getResponseHeaders().add("Content-Type", meetings.contentType());
                exchange.sendResponseHeaders(meetings.status(), meetings.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(meetings.body());
                }
                return;
            }
            var myData = org.advisoryforum.gateway.web.mydata.MyDataBackend.answer(
                    exchange.getRequestMethod(),
                    pathAndQuery); // "download my data" and the consent history (web.mydata)
            if (myData != null) {
                exchange.getResponseHeaders().add("Content-Type", myData.contentType());
                exchange.sendResponseHeaders(myData.status(), myData.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(myData.body());
                }
                return;
            }
            var worth = org.advisoryforum.gateway.web.worth.WorthBackend.answer(
                    exchange.getRequestMethod(), pathAndQuery, body); // the "Was it worth it?" pages' calls (web.worth)
            if (worth != null) {
                exchange.getResponseHeaders().add("Content-Type", worth.contentType());
                exchange.sendResponseHeaders(worth.status(), worth.body().length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(worth.body());
                }
                return;
            }
            if (pathAndQuery.startsWith("/api/tracking/hang-up") || pathAndQuery.contains(HANGS_UP)) {
                exchange.close(); // a service that goes away mid-call: no status, no body
                return;
            }
            if (pathAndQuery.startsWith("/api/tracking/unavailable") || pathAndQuery.contains(UNAVAILABLE)) {
                status = 503;
                answer = "{\"status\":503,\"title\":\"Service Unavailable\"}".getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/consultations/" + DRAFTING + "/responses/me")) {
                answer = DRAFT_RESPONSE.getBytes(StandardCharsets.UTF_8); // a save answers with the response as it is
            } else if (pathAndQuery.equals("/api/consultations/" + DRAFTING)) {
                answer = LONG_CONSULTATION.getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/forum/members/me/consents")) {
                answer = ("{\"current\":{\"version\":2,\"quote\":\"NONE\",\"contactByEmail\":true,"
                                + "\"useInStatistics\":true,\"changedAt\":\"2026-11-20T10:00:00Z\"},\"history\":[]}")
                        .getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/forum/members/me/involvement")) {
                answer = INVOLVEMENT.getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/forum/members/me/claims")) {
                answer = "[]".getBytes(StandardCharsets.UTF_8);
            } else if ("GET".equals(exchange.getRequestMethod()) && pathAndQuery.equals("/api/forum/members/me")) {
                answer = PROFILE.getBytes(StandardCharsets.UTF_8);
            } else if ("PUT".equals(exchange.getRequestMethod()) && pathAndQuery.equals("/api/forum/members/me")) {
                // forum-service refuses what the gateway could not check itself, naming the field by its code
                status = 400;
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                answer = ("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                                + "\"errors\":[{\"field\":\"contact.maxInvitationsPerMonth\",\"message\":\"words no page should show\","
                                + "\"code\":\"max\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
            } else if ("PUT".equals(exchange.getRequestMethod())
                    && pathAndQuery.equals("/api/consultations/" + ANSWERED + "/responses/me")) {
                answer = MY_RESPONSE
                        .formatted("SUBMITTED", "[{\"questionKey\":\"p1\",\"value\":\"About right\"}]")
                        .getBytes(StandardCharsets.UTF_8);
            } else if ("PUT".equals(exchange.getRequestMethod()) && pathAndQuery.endsWith("/responses/me")) {
                // a refused save: the field's code says why, the message is nothing a page may rely on
                status = 400;
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                answer = ("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                                + "\"errors\":[{\"field\":\"answers.p1\",\"message\":\"words no page should show\","
                                + "\"code\":\"required\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/consultations/" + ANSWERED + "/responses/me")
                    && "DELETE".equals(exchange.getRequestMethod())) {
                status = 204;
                answer = new byte[0];
            } else if (pathAndQuery.equals("/api/consultations/" + WITHDRAWN + "/responses/me")
                    && "DELETE".equals(exchange.getRequestMethod())) {
                status = 404;
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                answer = "{\"status\":404,\"title\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/consultations/" + ANSWERED)
                    || pathAndQuery.equals("/api/consultations/" + WITHDRAWN)) {
                answer = consultation(pathAndQuery.substring(pathAndQuery.lastIndexOf('/') + 1))
                        .getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/consultations/" + ANSWERED + "/responses/me")) {
                answer = MY_RESPONSE
                        .formatted(
                                "SUBMITTED",
                                "[{\"questionKey\":\"p1\",\"value\":\"About right\"},{\"questionKey\":\"p2\",\"value\":4}]")
                        .getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/consultations/" + WITHDRAWN + "/responses/me")) {
                answer = MY_RESPONSE.formatted("WITHDRAWN", "[]").getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/consultations/" + ANSWERED + "/responses")) {
                answer = RESPONSES.getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/tracking/members/me/impact")) {
                answer = MY_IMPACT.getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals("/api/consultations/" + ANSWERED + "/draft-versions")) {
                status = 201;
                answer = DIFF.getBytes(StandardCharsets.UTF_8);
            } else if (ThemesBackend.answer(exchange.getRequestMethod(), pathAndQuery) != null) {
                ThemesBackend.Answer themes = ThemesBackend.answer(exchange.getRequestMethod(), pathAndQuery);
                status = themes.status();
                exchange.getResponseHeaders()
                        .add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
                answer = themes.body();
            } else if ("POST".equals(exchange.getRequestMethod())
                    && pathAndQuery.equals("/api/tracking/moderation/" + MODERATION_REFUSED + "/decision")) {
                status = 400;
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                answer = ("{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                                + "\"errors\":[{\"field\":\"redactions\",\"message\":\"words no page should show\","
                                + "\"code\":\"removes_everything\"}]}")
                        .getBytes(StandardCharsets.UTF_8);
            } else if ("GET".equals(exchange.getRequestMethod())
                    && (pathAndQuery.equals("/api/tracking/moderation/" + MODERATED)
                            || pathAndQuery.equals("/api/tracking/moderation/" + MODERATION_REFUSED))) {
                answer = moderationItem(pathAndQuery.substring(pathAndQuery.lastIndexOf('/') + 1))
                        .getBytes(StandardCharsets.UTF_8);
            } else if ("GET".equals(exchange.getRequestMethod())
                    && pathAndQuery.startsWith("/api/tracking/moderation?")) {
                answer = ("[" + moderationItem(MODERATED) + "]").getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.equals(
                    "/api/tracking/consultations/6f1c1c1e-0000-4000-8000-000000000001/you-said-we-did")) {
                answer = OUTCOME.getBytes(StandardCharsets.UTF_8);
            } else if ("POST".equals(exchange.getRequestMethod())) {
                status = 201;
                exchange.getResponseHeaders()
                        .add(
                                "Location",
                                "http://127.0.0.1:" + server.getAddress().getPort() + "/api/consultations/42");
                answer = body.getBytes(StandardCharsets.UTF_8);
            } else if ("/api/consultations?status=open".equals(pathAndQuery)) {
                answer = OPEN_CONSULTATIONS.getBytes(StandardCharsets.UTF_8);
            } else if ("/api/consultations/6f1c1c1e-0000-4000-8000-000000000001".equals(pathAndQuery)) {
                answer = CONSULTATION.getBytes(StandardCharsets.UTF_8);
            } else if (pathAndQuery.startsWith("/api/consultations/6f1c1c1e-0000-4000-8000-00000000000")) {
                status = 404;
                answer = "{\"status\":404}".getBytes(StandardCharsets.UTF_8);
            } else {
                answer = "[]".getBytes(StandardCharsets.UTF_8);
            }
            if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(
                "gateway.services.consultations", url, "gateway.services.forum", url, "gateway.services.tracking", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
