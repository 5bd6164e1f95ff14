package org.advisoryforum.gateway;

import java.nio.charset.StandardCharsets;

/**
 * What the recording backend ({@link EchoBackendResource}) answers for the suggested-themes calls of one closed
 * consultation, {@link #CONSULTATION}: a run of three suggestions (one in Welsh, one already accepted) and key points
 * with their provenance; accepting {@link #DECIDED} is refused as consultation-service would (409 suggestion_decided).
 */
final class ThemesBackend {

    record Answer(int status, byte[] body) {}

    static final String CONSULTATION = "6f1c1c1e-0000-4000-8000-00000000b001";
    static final String OPEN = "6f1c1c1e-0000-4000-8000-00000000b002";
    static final String RUN = "6f1c1c1e-0000-4000-8000-00000000b100";
    static final String BENEFITS = "6f1c1c1e-0000-4000-8000-00000000b101";
    static final String WELSH = "6f1c1c1e-0000-4000-8000-00000000b102";
    static final String DECIDED = "6f1c1c1e-0000-4000-8000-00000000b103";

    private static final String DETAIL = """
            {"id":"%s","title":"Paying for involvement","summary":"s","plainLanguageSummary":"p","kind":"POLICY",
             "audience":"MEMBERS","accountableTeam":"Engagement","status":"%s",
             "opensAt":"2026-11-01T09:00:00Z","closesAt":"2026-11-20T17:00:00Z","closedAt":"2026-11-20T17:00:00Z",
             "draftVersion":1,"sections":[],
             "questions":[
               {"key":"q1","type":"FREE_TEXT","text":"What would make the payment policy work for you?","required":false},
               {"key":"q2","type":"SCALE","text":"How fair are the rates?","required":true,
                "scale":{"min":1,"max":5,"minLabel":"Not fair","maxLabel":"Fair"}}]}""";

    private static final String RUN_JSON = """
            {"id":"%s","consultationId":"%s","questionKey":"q1","answers":12,"createdAt":"2026-11-21T10:00:00Z",
             "createdBy":"sam","suggestions":[
              {"id":"%s","position":0,"label":"benefits, pension credit, advice","phrases":["benefits","pension credit","advice"],
               "method":"EMBEDDING","language":"en","size":7,"status":"SUGGESTED",
               "central":[{"answerId":"6f1c1c1e-0000-4000-8000-00000000c001","text":"Make sure people on benefits are not worse off."},
                          {"answerId":"6f1c1c1e-0000-4000-8000-00000000c002","text":"Does being paid affect pension credit?"}]},
              {"id":"%s","position":1,"label":"ffurflenni, gymraeg","phrases":["ffurflenni","gymraeg"],
               "method":"TERMS","language":"cy","size":2,"status":"SUGGESTED",
               "central":[{"answerId":"6f1c1c1e-0000-4000-8000-00000000c003","text":"Mae'r ffurflenni yn rhy gymhleth."}]},
              {"id":"%s","position":2,"label":"Pay travel up front","phrases":["train","travel"],
               "method":"EMBEDDING","language":"en","size":3,"status":"ACCEPTED","central":[],
               "keyPointId":"6f1c1c1e-0000-4000-8000-00000000d001","decidedAt":"2026-11-21T10:05:00Z","decidedBy":"sam"}]}""".formatted(RUN, CONSULTATION, BENEFITS, WELSH, DECIDED);

    private static final String KEY_POINTS = """
            [{"id":"6f1c1c1e-0000-4000-8000-00000000d001","consultationId":"%s","text":"Pay travel up front",
              "createdAt":"2026-11-21T10:05:00Z","inputs":[],"voices":{"total":3,"byPerspective":{}},
              "provenance":{"origin":"SUGGESTED","suggestionRunId":"%s","by":"sam"}},
             {"id":"6f1c1c1e-0000-4000-8000-00000000d002","consultationId":"%s","text":"Rates are too low",
              "createdAt":"2026-11-21T11:00:00Z","inputs":[],"voices":{"total":1,"byPerspective":{}},
              "provenance":{"origin":"STAFF","by":"grace"}}]""".formatted(CONSULTATION, RUN, CONSULTATION);

    private ThemesBackend() {}

    /** The answer for a themes call, or null when the call is none of these. */
    static Answer answer(String method, String pathAndQuery) {
        String base = "/api/consultations/" + CONSULTATION;
        if (pathAndQuery.equals("/api/consultations/" + OPEN)) {
            return ok(200, DETAIL.formatted(OPEN, "OPEN"));
        }
        if (!pathAndQuery.startsWith(base)) {
            return null;
        }
        String rest = pathAndQuery.substring(base.length());
        if (rest.isEmpty()) {
            return ok(200, DETAIL.formatted(CONSULTATION, "CLOSED"));
        }
        if (rest.equals("/key-points")) {
            return ok(200, KEY_POINTS);
        }
        if (rest.equals("/questions/q1/theme-suggestions")) {
            return ok("POST".equals(method) ? 201 : 200, RUN_JSON);
        }
        if (rest.equals("/theme-suggestions/" + DECIDED + "/accept")) {
            return ok(
                    409,
                    "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,"
                            + "\"detail\":\"words no page should show\",\"code\":\"suggestion_decided\"}");
        }
        if (rest.endsWith("/accept")) {
            return ok(
                    201,
                    "{\"id\":\"6f1c1c1e-0000-4000-8000-00000000d003\",\"text\":\"t\",\"createdAt\":\"2026-11-21T12:00:00Z\","
                            + "\"provenance\":{\"origin\":\"SUGGESTED\",\"suggestionRunId\":\"" + RUN
                            + "\",\"by\":\"sam\"}}");
        }
        if (rest.startsWith("/theme-suggestions/")) {
            return ok(200, RUN_JSON);
        }
        return null;
    }

    private static Answer ok(int status, String json) {
        return new Answer(status, json.getBytes(StandardCharsets.UTF_8));
    }
}
