package org.advisoryforum.platform.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The topics a service owns get the settings it declares, whoever created them first (a broker that auto-creates
 * topics would otherwise give them its defaults): {@code platform.kafka.topic-config.<topic>=key=value,key=value}, for
 * example a compacted topic's {@code cleanup.policy=compact,segment.ms=...}. A missing topic is created with them
 * (broker's partitions and replication); an existing one has them set. Tried soon after start and again every
 * {@code platform.kafka.topic-config-check-every} until it has worked (the broker may be away at start).
 */
@ApplicationScoped
public class TopicSettings {

    public static final String PREFIX = "platform.kafka.topic-config.";
    private static final Logger LOG = Logger.getLogger(TopicSettings.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final Config config;
    private volatile boolean applied;

    public TopicSettings(Config config) {
        this.config = config;
    }

    @Scheduled(
            every = "${platform.kafka.topic-config-check-every:30s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void ensure() {
        if (applied) {
            return;
        }
        Map<String, Map<String, String>> wanted = declared();
        if (wanted.isEmpty()) {
            applied = true;
            return;
        }
        try {
            apply(wanted);
            applied = true;
        } catch (RuntimeException e) {
            LOG.warnf("topic settings not applied yet, will retry: %s", e.getMessage());
        }
    }

    /** Whether the declared settings are in place (for tests and health). */
    public boolean applied() {
        return applied;
    }

    /** Applies the declared settings now; throws when the broker does not confirm them. */
    public void apply(Map<String, Map<String, String>> wanted) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class));
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
            wanted.forEach((topic, settings) -> {
                if (existing.contains(topic)) {
                    changes.put(
                            new ConfigResource(ConfigResource.Type.TOPIC, topic),
                            settings.entrySet().stream()
                                    .map(e -> new AlterConfigOp(
                                            new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                                    .toList());
                } else {
                    missing.add(new NewTopic(topic, Optional.empty(), Optional.empty()).configs(settings));
                }
            });
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                    // created meanwhile (auto-creation): set the settings on it the next time round
                    throw new IllegalStateException(
                            "a topic was created meanwhile: " + e.getCause().getMessage());
                }
            }
            if (!changes.isEmpty()) {
                admin.incrementalAlterConfigs(changes).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            LOG.infof("topic settings in place for %s", wanted.keySet());
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    e.getCause() == null ? e.toString() : e.getCause().toString(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@code platform.kafka.topic-config.<topic>} properties, parsed (profile prefixes resolved by the config). */
    public Map<String, Map<String, String>> declared() {
        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        for (String name : config.getPropertyNames()) {
            String plain = name.startsWith("%") && name.indexOf('.') > 0 ? name.substring(name.indexOf('.') + 1) : name;
            if (!plain.startsWith(PREFIX) || topics.containsKey(plain.substring(PREFIX.length()))) {
                continue;
            }
            Optional<String> value = config.getOptionalValue(plain, String.class);
            if (value.isEmpty()) {
                continue; // declared for another profile only
            }
            topics.put(plain.substring(PREFIX.length()), parse(plain, value.get()));
        }
        return topics;
    }

    static Map<String, String> parse(String property, String value) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            String trimmed = pair.trim();
            int equals = trimmed.indexOf('=');
            if (equals <= 0 || equals == trimmed.length() - 1) {
                throw new IllegalArgumentException(
                        property + ": expected key=value pairs separated by commas, got '" + trimmed + "'");
            }
            settings.put(
                    trimmed.substring(0, equals).trim(),
                    trimmed.substring(equals + 1).trim());
        }
        return settings;
    }
}
