package org.advisoryforum.platform.outbox;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands outbox rows to the Kafka producer; the relay waits for the broker's acknowledgements, so a row is marked
 * sent only when it really is. Short timeouts keep a relay pass brief while the broker is away.
 * <p>
 * The producer is configured from Quarkus' Kafka configuration (every {@code kafka.*} property, the
 * {@code default-kafka-broker} map), so the connection settings a deployment gives the messaging channels (TLS,
 * SASL, client DNS lookup...) apply here too; the relay's own guarantees (acks=all, idempotence, short timeouts) are
 * set over them.
 * <p>
 * A row written inside a trace is sent under a producer span that continues it, and the record carries that span's
 * W3C {@code traceparent} (and {@code tracestate}) header, so the consumers' spans join the trace of the request that
 * made the change (see {@link OutboxTracing}).
 */
@ApplicationScoped
public class OutboxSender {

    private final Map<String, Object> kafka;
    private final String source;
    private final Tracer tracer;
    private volatile KafkaProducer<String, String> producer;

    public OutboxSender(
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "quarkus.application.name", defaultValue = "advisory-forum") String source,
            OpenTelemetry openTelemetry) {
        this.kafka = kafka;
        this.source = source;
        this.tracer = openTelemetry.getTracer("org.advisoryforum.platform.outbox");
    }

    /** Starts sending; the future completes when the broker has acknowledged the record (acks=all). */
    Future<RecordMetadata> send(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.aggregateId, event.envelope);
        if (event.envelope == null) { // a tombstone: the key alone, no event and so no CloudEvents attributes
            return producer().send(record);
        }
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.eventId.toString());
        header(record, "ce_type", event.type);
        header(record, "ce_source", "/" + source);
        header(record, "ce_time", event.createdAt.toString());
        header(record, "content-type", "application/json");
        Span span = OutboxTracing.publishSpan(tracer, event, record);
        if (span == null) {
            return producer().send(record);
        }
        try {
            return producer().send(record, (metadata, failure) -> OutboxTracing.end(span, failure));
        } catch (RuntimeException e) {
            OutboxTracing.end(span, e);
            throw e;
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(config());
                }
                current = producer;
            }
        }
        return current;
    }

    private Properties config() {
        Properties props = new Properties();
        kafka.forEach((key, value) -> {
            if (ProducerConfig.configNames().contains(key)) { // connection and security settings, no consumer ones
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + source);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
        return props;
    }

    void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(2));
        }
    }
}
