package org.advisoryforum.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.advisoryforum.platform.test.Tokens;
import org.advisoryforum.platform.test.tracing.InMemorySpans;
import org.advisoryforum.platform.tracing.NoCollectorSpanExporter;
import org.junit.jupiter.api.Test;

/**
 * The gateway starts the trace of each public request, ignoring the client's own trace context, and its calls to the
 * services carry it on in W3C traceparent: the /api relay and the typed REST clients alike (issue 14).
 */
@QuarkusTest
class TracingTest {

    private static final String CLIENT_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CLIENT_TRACEPARENT = "00-" + CLIENT_TRACE + "-00f067aa0ba902b7-01";

    @Inject
    InMemorySpans spans;

    @Inject
    @Any
    Instance<SpanExporter> exporters;

    @Test
    void anApiCallStartsItsOwnTraceWhatEverTheClientSentAndTheServiceGetsIt() {
        EchoBackendResource.ALL.clear();
        spans.reset();
        given().auth()
                .oauth2(Tokens.accessToken("sam"))
                .header("traceparent", CLIENT_TRACEPARENT)
                .header("baggage", "member=someone")
                .get("/api/tracking/impact")
                .then()
                .statusCode(200);

        SpanData request = awaitSpan(s -> s.getKind() == SpanKind.SERVER
                && "/api/tracking/impact".equals(s.getAttributes().get(AttributeKey.stringKey("url.path"))));
        assertThat(request.getTraceId()).isNotEqualTo(CLIENT_TRACE);
        assertThat(request.getParentSpanContext().isValid()).isFalse();

        EchoBackendResource.Seen seen = backendCall("/api/tracking/impact");
        assertThat(seen.headers().get("traceparent"))
                .singleElement()
                .asString()
                .startsWith("00-" + request.getTraceId() + "-");
        assertThat(seen.headers()).doesNotContainKey("baggage");
    }

    @Test
    void aPageCallsTheServiceThroughItsRestClientInsideThePagesTrace() {
        String id = "6f1c1c1e-0000-4000-8000-000000000001";
        EchoBackendResource.ALL.clear();
        spans.reset();
        given().header("traceparent", CLIENT_TRACEPARENT)
                .get("/consultations/" + id)
                .then()
                .statusCode(200);

        SpanData page = awaitSpan(s -> s.getKind() == SpanKind.SERVER
                && ("/consultations/" + id).equals(s.getAttributes().get(AttributeKey.stringKey("url.path"))));
        assertThat(page.getTraceId()).isNotEqualTo(CLIENT_TRACE);
        SpanData client =
                awaitSpan(s -> s.getKind() == SpanKind.CLIENT && s.getTraceId().equals(page.getTraceId()));

        EchoBackendResource.Seen seen = backendCall(id);
        assertThat(seen.headers().get("traceparent"))
                .singleElement()
                .asString()
                .startsWith("00-" + page.getTraceId() + "-");
        assertThat(client.getParentSpanContext().isValid()).isTrue();
    }

    @Test
    void withNoCollectorInTheEnvironmentSpansAreDroppedNotSentToAnOtlpEndpoint() {
        assertThat(System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT")).isNull();
        // the no-collector exporter can be looked up, which is what keeps Quarkus from creating its OTLP exporter
        assertThat(exporters.stream().map(Object::getClass).map(Class::getName))
                .anyMatch(name -> name.startsWith(NoCollectorSpanExporter.class.getName()));
    }

    private static EchoBackendResource.Seen backendCall(String pathPart) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> EchoBackendResource.ALL.stream()
                                .filter(s -> s.pathAndQuery().contains(pathPart))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private SpanData awaitSpan(Predicate<SpanData> matching) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            List<SpanData> finished = spans.finished();
                            return finished.stream().filter(matching).findFirst();
                        },
                        java.util.Optional::isPresent)
                .orElseThrow();
    }
}
