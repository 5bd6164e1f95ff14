package org.advisoryforum.consultation.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Filter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.advisoryforum.platform.test.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Saves of one response that race each other: one wins, the others get 409 {@code concurrent_change}, and an expected
 * refusal like that logs no stack trace (under load it had logged thousands) and one line at most.
 */
@QuarkusTest
class ConcurrentSavesTest {

    private static final int AT_ONCE = 12;

    @Test
    void racingSavesOfOneResponseAreRefusedWithAConflictAndLogNoStackTrace() throws Exception {
        String id = Fixture.openForAWhile("Saved twice at once");
        String token = Tokens.accessToken("grace");
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        List<Response> answers = new ArrayList<>();
        try {
            for (int round = 0;
                    round < 3;
                    round++) { // the first round races to create the response, the others to amend it
                answers.addAll(allAtOnce(token, id, "Round " + round));
            }
        } finally {
            root.removeHandler(capture);
        }

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses).containsOnly(200, 409).contains(200);
        List<Response> conflicts =
                answers.stream().filter(a -> a.statusCode() == 409).toList();
        for (Response conflict : conflicts) {
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.jsonPath().getString("code")).isEqualTo("concurrent_change");
        }
        Filter console = consoleFilter(root);
        List<LogRecord> written = logged.stream().filter(console::isLoggable).toList();
        assertThat(written).as("log records with a stack trace").noneMatch(r -> r.getThrown() != null);
        assertThat(written.size()).as("warnings or errors logged").isLessThanOrEqualTo(conflicts.size());
    }

    /** The filter the service's configuration put on its console handler (Quarkus nests handlers). */
    private static Filter consoleFilter(Logger root) {
        List<Handler> handlers = new ArrayList<>(List.of(root.getHandlers()));
        for (int i = 0; i < handlers.size(); i++) {
            Handler handler = handlers.get(i);
            if (handler instanceof org.jboss.logmanager.handlers.ConsoleHandler && handler.getFilter() != null) {
                return handler.getFilter();
            }
            if (handler instanceof org.jboss.logmanager.ExtHandler nesting) {
                handlers.addAll(List.of(nesting.getHandlers()));
            }
        }
        throw new AssertionError("no console handler with a filter: quarkus.log.console.filter is not applied");
    }

    private static List<Response> allAtOnce(String token, String id, String words) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                String text = words + " from request " + i;
                sent.add(pool.submit(() -> {
                    start.await();
                    return given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(Fixture.completeAnswers(text))
                            .put("/api/consultations/" + id + "/responses/me");
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
