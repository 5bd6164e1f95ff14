package org.advisoryforum.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The production files (Compose, Kubernetes, Dockerfiles) and what the services need, read from the sources that
 * define it: each service's application.properties and the local stack's configuration in LocalStack.java. No
 * hand-typed list of settings, so a new setting the local stack passes fails the tests until production has it too.
 */
final class ProductionFiles {

    /** Module name, the local stack's name for it, and its database (null for the gateway). */
    record Service(String module, String database) {}

    static final List<Service> SERVICES = List.of(
            new Service("consultation-service", "consultation"),
            new Service("forum-service", "forum"),
            new Service("feedback-tracking-service", "tracking"),
            new Service("gateway", null));

    private ProductionFiles() {}

    static Path root() {
        return StackOptions.findRoot(Path.of(System.getProperty("advisoryforum.root", "..")));
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties applicationProperties(String module) {
        Properties properties = new Properties();
        try (InputStream in =
                Files.newInputStream(root().resolve(module + "/src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The environment variable Quarkus reads for a property: every character not a letter or digit becomes '_'. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /**
     * The properties a service needs from its environment in production: those the local stack passes it
     * (LocalStack.serviceConfig / forumConfig / gatewayConfig) and those only the dev profile sets.
     */
    static Set<String> requiredProperties(String module) {
        Set<String> required = new TreeSet<>(localStackProperties(module));
        Properties properties = applicationProperties(module);
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%dev.") && !properties.containsKey(key.substring("%dev.".length()))) {
                required.add(key.substring("%dev.".length()));
            }
        }
        return required;
    }

    /** The keys LocalStack.java puts in the config map of a service, read from its source. */
    static Set<String> localStackProperties(String module) {
        String source = read("deploy/src/main/java/org/advisoryforum/deploy/LocalStack.java");
        Map<String, String> methods = new LinkedHashMap<>();
        for (String method : List.of("serviceConfig", "forumConfig", "gatewayConfig")) {
            Matcher m = Pattern.compile("Map<String, String> " + method + "\\(").matcher(source);
            if (!m.find()) {
                throw new IllegalStateException("LocalStack." + method + " is gone: update ProductionFiles");
            }
            int end = source.indexOf("\n    }\n", m.end());
            methods.put(method, source.substring(m.end(), end));
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> used = switch (module) {
            case "gateway" -> List.of("gatewayConfig");
            case "forum-service" -> List.of("serviceConfig", "forumConfig");
            default -> List.of("serviceConfig");
        };
        for (String method : used) {
            Matcher put = Pattern.compile("config\\.put\\(\"([^\"]+)\"").matcher(methods.get(method));
            while (put.find()) {
                keys.add(put.group(1));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no config.put(...) found in LocalStack for " + module);
        }
        return keys;
    }

    /** Every property a service knows: its application.properties (any profile) and its @ConfigProperty names. */
    static Set<String> knownEnvNames(String module) {
        Set<String> names = new TreeSet<>();
        for (String key : applicationProperties(module).stringPropertyNames()) {
            names.add(envName(key.replaceFirst("^%[a-z]+\\.", "")));
        }
        Pattern configProperty = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"");
        Pattern mapping = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"");
        for (String dir : List.of(module + "/src/main/java", "platform/platform-core/src/main/java")) {
            try (var files = Files.walk(root().resolve(dir))) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    Matcher m = configProperty.matcher(text);
                    while (m.find()) {
                        names.add(envName(m.group(1)));
                    }
                    Matcher p = mapping.matcher(text);
                    while (p.find()) {
                        names.add(envName(p.group(1)) + "_*");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** compose.yaml as plain maps (SnakeYAML resolves the anchors and merge keys as Compose does). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() {
        return (Map<String, Object>) new Yaml().load(read("deploy/compose/compose.yaml"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> composeService(String name) {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        if (service == null) {
            throw new AssertionError("compose.yaml has no service " + name);
        }
        return service;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> composeEnvironment(String name) {
        Map<String, String> environment = new LinkedHashMap<>();
        Object raw = composeService(name).get("environment");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((k, v) -> environment.put(String.valueOf(k), String.valueOf(v)));
        } else if (raw instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = String.valueOf(entry).split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            }
        }
        return environment;
    }

    /** Every manifest the base kustomization lists (recursively through directories' kustomizations). */
    static List<HasMetadata> kubernetesBase() {
        return kustomization(root().resolve("deploy/kubernetes/base"));
    }

    @SuppressWarnings("unchecked")
    static List<HasMetadata> kustomization(Path dir) {
        List<HasMetadata> resources = new ArrayList<>();
        Map<String, Object> kustomization = yamlMap(dir.resolve("kustomization.yaml"));
        for (Object entry : (List<Object>) kustomization.getOrDefault("resources", List.of())) {
            Path path = dir.resolve(String.valueOf(entry)).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(kustomization(path));
            } else {
                resources.addAll(manifests(path));
            }
        }
        return resources;
    }

    static List<HasMetadata> manifests(Path file) {
        try {
            List<HasMetadata> parsed = new ArrayList<>();
            for (String document : Files.readString(file).split("(?m)^---\\s*$")) {
                if (document.lines().anyMatch(l -> l.startsWith("kind:"))) {
                    parsed.add(Serialization.unmarshal(document, HasMetadata.class));
                }
            }
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yamlMap(Path file) {
        try {
            return (Map<String, Object>) new Yaml().load(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int managementPort(String module) {
        return Integer.parseInt(applicationProperties(module).getProperty("quarkus.management.port"));
    }

    static int httpPort(String module) {
        return Integer.parseInt(applicationProperties(module).getProperty("quarkus.http.port"));
    }
}
