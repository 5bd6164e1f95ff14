package org.advisoryforum.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code platform.consumer.lag{channel, topic, group}}: how many records of each incoming Kafka channel's topic this
 * service's consumer group has not yet processed (log-end offset minus committed offset, over every partition). The
 * Kafka client's own {@code kafka_consumer_fetch_manager_records_lag_max} counts from what the consumer has fetched,
 * so records fetched but stuck behind a slow or failing handler do not show there; committed offsets move only once
 * a record is processed. Read from the broker every {@code platform.consumer.lag-interval} (default 5 s); NaN until
 * the first reading, and the last reading stays while the broker is away.
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final Pattern CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
    private static final long TIMEOUT_SECONDS = 5;

    private final MeterRegistry registry;
    private final Config config;
    private final String bootstrapServers;
    private final List<Channel> channels = new ArrayList<>();
    private volatile Admin admin;

    public ConsumerLag(
            MeterRegistry registry,
            Config config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.registry = registry;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void registerMeters(@Observes StartupEvent event) {
        String defaultGroup = config.getOptionalValue("kafka.group.id", String.class)
                .orElse(config.getOptionalValue("quarkus.application.name", String.class)
                        .orElse("application"));
        for (String property : config.getPropertyNames()) {
            Matcher matcher = CONNECTOR.matcher(property);
            if (!matcher.matches()
                    || !"smallrye-kafka"
                            .equals(config.getOptionalValue(property, String.class)
                                    .orElse(""))) {
                continue;
            }
            String name = matcher.group(1);
            String prefix = "mp.messaging.incoming." + name + ".";
            Channel channel = new Channel(
                    name,
                    config.getOptionalValue(prefix + "topic", String.class).orElse(name),
                    config.getOptionalValue(prefix + "group.id", String.class).orElse(defaultGroup));
            channels.add(channel);
            Gauge.builder("platform.consumer.lag", channel, Channel::lag)
                    .description("Records of the channel's topic its consumer group has not processed yet")
                    .tag("channel", channel.name)
                    .tag("topic", channel.topic)
                    .tag("group", channel.group)
                    .strongReference(true)
                    .register(registry);
        }
    }

    @Scheduled(
            every = "${platform.consumer.lag-interval:5s}",
            delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        for (Channel channel : channels) {
            try {
                channel.lag = measure(channel);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                LOG.debugf("lag of %s not measured: %s", channel.name, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long measure(Channel channel) throws ExecutionException, InterruptedException, TimeoutException {
        Admin client = admin();
        TopicDescription topic = client.describeTopics(List.of(channel.topic))
                .allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(channel.topic);
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(channel.group)
                .partitionsToOffsetAndMetadata()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        topic.partitions().forEach(p -> {
            TopicPartition partition = new TopicPartition(channel.topic, p.partition());
            latest.put(partition, OffsetSpec.latest());
            earliest.put(partition, OffsetSpec.earliest());
        });
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                client.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> starts =
                client.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition partition : latest.keySet()) {
            OffsetAndMetadata done = committed.get(partition);
            long from =
                    done != null ? done.offset() : starts.get(partition).offset(); // nothing committed: from the start
            lag += Math.max(0, ends.get(partition).offset() - from);
        }
        return lag;
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties props = new Properties();
                    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
                    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
                    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "platform-consumer-lag");
                    admin = Admin.create(props);
                }
                current = admin;
            }
        }
        return current;
    }

    void onStop(@Observes ShutdownEvent event) {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }

    private static final class Channel {
        final String name;
        final String topic;
        final String group;
        volatile double lag = Double.NaN;

        Channel(String name, String topic, String group) {
            this.name = name;
            this.topic = topic;
            this.group = group;
        }

        double lag() {
            return lag;
        }
    }
}
