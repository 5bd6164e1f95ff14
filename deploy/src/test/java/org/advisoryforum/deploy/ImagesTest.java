package org.advisoryforum.deploy;

import static org.advisoryforum.deploy.ProductionFiles.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The services' Dockerfiles and Jib settings: pinned base, non-root, fast-jar layout, health on the management port. */
class ImagesTest {

    private static final Pattern FROM = Pattern.compile("(?m)^FROM (\\S+)");

    /** A tag naming an exact version (x.y at least), never latest; a digest after it is welcome. */
    static void assertPinned(String image) {
        assertThat(image).as("image %s", image).doesNotContain(":latest");
        String withoutDigest = image.replaceFirst("@sha256:[0-9a-f]{64}$", "");
        int colon = withoutDigest.lastIndexOf(':');
        assertThat(colon).as("image %s has a tag", image).isGreaterThan(withoutDigest.lastIndexOf('/'));
        assertThat(withoutDigest.substring(colon + 1))
                .as("image %s tag is an exact version", image)
                .matches("\\d+\\.\\d+.*");
    }

    @Test
    void eachServiceHasAJvmDockerfileFromAPinnedBaseRunningAsNonRootWithItsManagementHealthCheck() {
        String base = null;
        for (var service : SERVICES) {
            String dockerfile = ProductionFiles.read(service.module() + "/src/main/docker/Dockerfile.jvm");
            Matcher from = FROM.matcher(dockerfile);
            assertThat(from.find()).isTrue();
            String image = from.group(1);
            assertPinned(image);
            assertThat(image).as("pinned by digest too").matches(".*@sha256:[0-9a-f]{64}");
            if (base == null) {
                base = image;
            }
            assertThat(image).as("one base for all").isEqualTo(base);
            assertThat(dockerfile)
                    .contains(
                            "COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                            "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                            "JAVA_APP_JAR=/deployments/quarkus-run.jar");
            assertThat(dockerfile).containsPattern("(?m)^USER 185$").doesNotContainPattern("(?m)^USER (root|0)\\b");
            int management = ProductionFiles.managementPort(service.module());
            assertThat(dockerfile)
                    .containsPattern("(?m)^HEALTHCHECK .*\\n\\s+CMD curl -fsS -o /dev/null http://127\\.0\\.0\\.1:"
                            + management + "/q/health/ready");
            assertThat(dockerfile)
                    .containsPattern(
                            "(?m)^EXPOSE " + ProductionFiles.httpPort(service.module()) + " " + management + "$");
        }
    }

    @Test
    void jibUsesTheDockerfilesBaseAndUserAndBuildsNothingUnlessAsked() {
        for (var service : SERVICES) {
            Properties properties = ProductionFiles.applicationProperties(service.module());
            Matcher from = FROM.matcher(ProductionFiles.read(service.module() + "/src/main/docker/Dockerfile.jvm"));
            assertThat(from.find()).isTrue();
            assertThat(properties.getProperty("quarkus.jib.base-jvm-image")).isEqualTo(from.group(1));
            assertThat(properties.getProperty("quarkus.jib.user")).isEqualTo("185");
            assertThat(properties.getProperty("quarkus.jib.ports"))
                    .isEqualTo(ProductionFiles.httpPort(service.module()) + ","
                            + ProductionFiles.managementPort(service.module()));
            for (String key : List.of("quarkus.container-image.build", "quarkus.container-image.push")) {
                assertThat(properties.getProperty(key, "false")).as(key).isEqualTo("false");
            }
        }
    }
}
