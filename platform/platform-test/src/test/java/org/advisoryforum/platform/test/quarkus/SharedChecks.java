package org.advisoryforum.platform.test.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import org.advisoryforum.platform.test.KafkaTestResource;
import org.eclipse.microprofile.config.ConfigProvider;

final class SharedChecks {

    private SharedChecks() {}

    /** Both test classes must see the same broker and database: JVM-wide, recorded in system properties. */
    static void check(Class<?> testClass) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String jdbc = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        System.out.println(testClass.getSimpleName() + " loaded by " + testClass.getClassLoader()
                + "; KafkaTestResource by " + KafkaTestResource.class.getClassLoader());
        assertThat(KafkaTestResource.broker().bootstrapServers()).isEqualTo(bootstrap);
        assertThat(KafkaTestResource.broker().isRunning()).isTrue();
        String seenBootstrap = System.getProperties().getProperty("sanity.seen.bootstrap");
        String seenJdbc = System.getProperties().getProperty("sanity.seen.jdbc");
        if (seenBootstrap == null) {
            System.setProperty("sanity.seen.bootstrap", bootstrap);
            System.setProperty("sanity.seen.jdbc", jdbc);
        } else {
            assertThat(bootstrap).isEqualTo(seenBootstrap);
            assertThat(jdbc).isEqualTo(seenJdbc);
        }
    }
}
