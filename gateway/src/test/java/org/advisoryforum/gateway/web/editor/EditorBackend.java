package org.advisoryforum.gateway.web.editor;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.advisoryforum.gateway.web.meetings.MeetingsBackend;

/**
 * consultation-service as the staff editor's pages meet it (for {@code EchoBackendResource}): a draft whose section
 * "rates" has a question and whose question p2 is asked only after p1. Like the service, it refuses a draft without a
 * section a question belongs to (409 {@code section_in_use}) and questions whose condition names no earlier one (400
 * {@code not_an_earlier_question}), with a message no page may show.
 */
public final class EditorBackend {

    public static final String DRAFT = "6f1c1c1e-0000-4000-8000-0000000e0001";
    /** The last change sent: method, path and body. */
    public static final AtomicReference<String> LAST_WRITE = new AtomicReference<>();

    static final String CONSULTATION = """
            {"id":"%s","title":"Travel and rates (draft)","summary":"s","plainLanguageSummary":"p","kind":"POLICY",
             "audience":"MEMBERS_AND_PUBLIC","accountableTeam":"Engagement","status":"DRAFT",
             "closesAt":"2027-12-16T17:00:00Z","draftVersion":1,
             "sections":[{"key":"rates","heading":"Rates","text":"We pay £25."},
                         {"key":"travel","heading":"Travel costs","text":"We pay for travel."}],
             "questions":[
               {"key":"p1","type":"SINGLE_CHOICE","text":"Are these rates fair?","section":"rates","required":true,"options":["Too low","About right"]},
               {"key":"p2","type":"FREE_TEXT","text":"What should we pay?","required":false,"showIf":{"question":"p1","equals":"Too low"}}],
             "askedBeforeAnyAnswer":["p1"]}""".formatted(DRAFT);

    private static final String NO_PAGE_SHOWS = "words no page should show";

    private EditorBackend() {}

    public static MeetingsBackend.Answer answer(String method, String pathAndQuery, String body) {
        String base = "/api/consultations/" + DRAFT;
        if (!pathAndQuery.startsWith(base)) {
            return null;
        }
        if ("GET".equals(method) && pathAndQuery.equals(base)) {
            return json(200, CONSULTATION);
        }
        LAST_WRITE.set(method + " " + pathAndQuery + " " + body);
        if ("PUT".equals(method) && pathAndQuery.equals(base + "/draft") && !body.contains("\"rates\"")) {
            return problem(409, "sections", "section_in_use");
        }
        if ("PUT".equals(method) && pathAndQuery.equals(base + "/questions") && !body.contains("\"key\":\"p1\"")) {
            return problem(400, "questions[0].showIf.question", "not_an_earlier_question");
        }
        return json(200, "[]");
    }

    private static MeetingsBackend.Answer json(int status, String body) {
        return new MeetingsBackend.Answer(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static MeetingsBackend.Answer problem(int status, String field, String code) {
        return new MeetingsBackend.Answer(
                status,
                "application/problem+json",
                ("{\"type\":\"about:blank\",\"title\":\"Refused\","
                                + "\"status\":" + status + ",\"detail\":\"" + NO_PAGE_SHOWS
                                + "\",\"errors\":[{\"field\":\"" + field
                                + "\",\"message\":\"" + NO_PAGE_SHOWS + "\",\"code\":\"" + code + "\"}]}")
                        .getBytes(StandardCharsets.UTF_8));
    }
}
