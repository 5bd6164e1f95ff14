package org.advisoryforum.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to run the stack. {@code root} is the project checkout (where the services' packaged apps and the realm
 * are); {@code dataDir} keeps PostgreSQL, Kafka and Keycloak data between runs.
 */
public record StackOptions(
        Path root,
        Path dataDir,
        Path keycloakBaseDir,
        StackPorts ports,
        boolean keycloakInMemory,
        boolean loadDemoData) {

    public static StackOptions localDefaults(Path root) {
        Path data = root.resolve(".local");
        return new StackOptions(root, data, data, StackPorts.defaults(), false, true);
    }

    public Path realmFile() {
        return root.resolve("deploy/keycloak/advisory-forum-realm.json");
    }

    public Path demoDir() {
        return root.resolve("deploy/demo");
    }

    public Path appJar(String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Finds the checkout from a directory inside it. */
    public static Path findRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/keycloak/advisory-forum-realm.json"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the advisory-forum checkout: " + start.toAbsolutePath());
    }
}
