package org.advisoryforum.platform.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real single-node Kafka for {@code @QuarkusTest}s: started once per JVM (logs under
 * {@code target/test-infra}, deleted at JVM exit) and shared by every test class.
 *
 * Returns {@code kafka.bootstrap.servers} and {@code mp.messaging.connector.smallrye-kafka.bootstrap.servers}.
 * {@link #stop()} does nothing: the broker stops with the JVM. Tests may stop and restart the broker
 * through {@link #broker()}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return SharedComponents.call("kafka");
    }

    @Override
    public void stop() {
        // shared by all tests of this JVM; a shutdown hook stops it
    }

    /** Control of the shared broker (it must have been started by this resource). */
    public static Broker broker() {
        return Broker.INSTANCE;
    }

    /**
     * The shared {@code LocalKafka}, seen from any class loader. {@link #stop()} keeps ports and data;
     * {@link #start()} brings the broker back on the same address with the same topics and offsets.
     */
    public static final class Broker {
        private static final Broker INSTANCE = new Broker();

        private Broker() {}

        public void stop() {
            SharedComponents.call("kafkaStop");
        }

        public void start() {
            SharedComponents.call("kafkaStart");
        }

        public boolean isRunning() {
            return SharedComponents.<Boolean>call("kafkaRunning");
        }

        public String bootstrapServers() {
            return SharedComponents.call("kafkaBootstrapServers");
        }
    }
}
