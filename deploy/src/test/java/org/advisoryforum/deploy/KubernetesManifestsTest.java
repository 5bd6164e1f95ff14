package org.advisoryforum.deploy;

import static org.advisoryforum.deploy.ProductionFiles.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** deploy/kubernetes parsed with fabric8's Kubernetes model (custom resources as GenericKubernetesResource). */
class KubernetesManifestsTest {

    private static final List<HasMetadata> BASE = ProductionFiles.kubernetesBase();
    private static final Set<String> HEALTH_ENDPOINTS =
            Set.of("/q/health/started", "/q/health/ready", "/q/health/live");

    private static <T extends HasMetadata> List<T> all(Class<T> type) {
        return BASE.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T named(Class<T> type, String name) {
        return all(type).stream()
                .filter(r -> r.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> r.getKind().equals(kind))
                .toList();
    }

    private static Container container(String module) {
        List<Container> containers = named(Deployment.class, module)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    @Test
    void everyPropertyAServiceNeedsInProductionHasASourceInItsDeployment() {
        for (var service : SERVICES) {
            Set<String> env = container(service.module()).getEnv().stream()
                    .map(EnvVar::getName)
                    .collect(Collectors.toSet());
            for (String property : ProductionFiles.requiredProperties(service.module())) {
                assertThat(env)
                        .as("%s needs %s in production", service.module(), property)
                        .contains(ProductionFiles.envName(property));
            }
            for (EnvVar var : container(service.module()).getEnv()) {
                boolean sourced = var.getValue() != null && !var.getValue().isBlank()
                        || var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null;
                assertThat(sourced)
                        .as("%s %s has a value or a secretKeyRef", service.module(), var.getName())
                        .isTrue();
            }
        }
    }

    @Test
    void everyEnvironmentVariableNamesAPropertyTheServiceReads() {
        for (var service : SERVICES) {
            Set<String> known = ProductionFiles.knownEnvNames(service.module());
            for (EnvVar var : container(service.module()).getEnv()) {
                String name = var.getName();
                boolean knownName = name.startsWith("QUARKUS_")
                        || known.contains(name)
                        || known.stream()
                                .anyMatch(k -> k.endsWith("_*") && name.startsWith(k.substring(0, k.length() - 1)));
                assertThat(knownName)
                        .as("%s sets %s, which no property of it reads", service.module(), name)
                        .isTrue();
            }
        }
    }

    @Test
    void probesAskTheManagementInterfacesHealthEndpoints() {
        for (var service : SERVICES) {
            Properties properties = ProductionFiles.applicationProperties(service.module());
            assertThat(properties.getProperty("quarkus.management.enabled")).isEqualTo("true");
            int management = ProductionFiles.managementPort(service.module());
            Container container = container(service.module());
            Map<String, Integer> ports = container.getPorts().stream()
                    .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
            assertThat(ports)
                    .containsEntry("management", management)
                    .containsEntry("http", ProductionFiles.httpPort(service.module()));
            Set<String> paths = new TreeSet<>();
            for (Probe probe : new Probe[] {
                container.getStartupProbe(), container.getReadinessProbe(), container.getLivenessProbe()
            }) {
                assertThat(probe)
                        .as("%s has all three probes", service.module())
                        .isNotNull();
                HTTPGetAction get = probe.getHttpGet();
                Integer port = get.getPort().getIntVal() != null
                        ? get.getPort().getIntVal()
                        : ports.get(get.getPort().getStrVal());
                assertThat(port)
                        .as("%s probe %s on the management port", service.module(), get.getPath())
                        .isEqualTo(management);
                paths.add(get.getPath());
            }
            assertThat(paths).isEqualTo(HEALTH_ENDPOINTS);
        }
    }

    @Test
    void deploymentsRunNonRootReadOnlyWithRequestsAndLimitsAndTwoReplicasAtLeast() {
        for (var service : SERVICES) {
            Deployment deployment = named(Deployment.class, service.module());
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            Container container = container(service.module());
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem())
                    .isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation())
                    .isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop())
                    .contains("ALL");
            assertThat(container.getVolumeMounts())
                    .anyMatch(m -> m.getMountPath().equals("/tmp"));
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
            assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);

            HorizontalPodAutoscaler hpa = named(HorizontalPodAutoscaler.class, service.module());
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service.module());
            assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
            PodDisruptionBudget pdb = named(PodDisruptionBudget.class, service.module());
            assertThat(pdb.getSpec().getSelector().getMatchLabels())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            Service svc = named(Service.class, service.module());
            assertThat(svc.getSpec().getSelector())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
        }
    }

    @Test
    void everyImageIsPinned() {
        List<String> images = new ArrayList<>();
        for (Deployment deployment : all(Deployment.class)) {
            deployment.getSpec().getTemplate().getSpec().getContainers().forEach(c -> images.add(c.getImage()));
        }
        images.add((String) custom("Keycloak").get(0).get("spec", "image"));
        images.add((String) custom("Cluster").get(0).get("spec", "imageName"));
        assertThat(images).hasSize(SERVICES.size() + 2).allSatisfy(ImagesTest::assertPinned);
        assertThat((String) custom("Kafka").get(0).get("spec", "kafka", "version"))
                .matches("\\d+\\.\\d+\\.\\d+");

        for (String overlay : List.of("staging", "production")) {
            Map<String, Object> kustomization = ProductionFiles.yamlMap(
                    ProductionFiles.root().resolve("deploy/kubernetes/overlays/" + overlay + "/kustomization.yaml"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> overrides = (List<Map<String, Object>>) kustomization.get("images");
            assertThat(overrides).hasSize(SERVICES.size()).allSatisfy(o -> {
                String tag = String.valueOf(o.get("newTag"));
                assertThat(tag)
                        .as("overlay %s image tag", overlay)
                        .isNotEqualTo("latest")
                        .matches("\\d+\\.\\d+\\.\\d+.*");
            });
            assertThat(kustomization.get("resources")).isEqualTo(List.of("../../base"));
        }
    }

    /** Rendered by kubectl's built-in Kustomize where kubectl is installed (it is on the build machines). */
    @Test
    void eachOverlayRendersWithKustomizeIntoItsNamespaceWithPinnedImagesAndEverySettingKept() throws Exception {
        Path kubectl = java.util.stream.Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        Assumptions.assumeTrue(kubectl != null, "kubectl is not installed: overlays not rendered");
        Map<String, Set<String>> baseEnv = new java.util.TreeMap<>();
        for (var service : SERVICES) {
            baseEnv.put(
                    service.module(),
                    container(service.module()).getEnv().stream()
                            .map(EnvVar::getName)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        for (String overlay : List.of("staging", "production")) {
            Path dir = ProductionFiles.root().resolve("deploy/kubernetes/overlays/" + overlay);
            Process process = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String rendered = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor()).as("kubectl kustomize %s", overlay).isZero();
            Path out = ProductionFiles.root().resolve("deploy/target/kustomize-" + overlay + ".yaml");
            Files.createDirectories(out.getParent());
            Files.writeString(out, rendered);
            List<HasMetadata> resources = ProductionFiles.manifests(out);
            assertThat(resources).hasSize(BASE.size());
            String namespace = (String)
                    ProductionFiles.yamlMap(dir.resolve("kustomization.yaml")).get("namespace");
            assertThat(resources)
                    .allSatisfy(r -> assertThat(r.getMetadata().getNamespace()).isEqualTo(namespace));
            for (HasMetadata resource : resources) {
                if (resource instanceof Deployment deployment) {
                    Container c = deployment
                            .getSpec()
                            .getTemplate()
                            .getSpec()
                            .getContainers()
                            .get(0);
                    ImagesTest.assertPinned(c.getImage());
                    Set<String> names =
                            c.getEnv().stream().map(EnvVar::getName).collect(Collectors.toCollection(TreeSet::new));
                    assertThat(names)
                            .as("%s %s keeps every variable of the base", overlay, c.getName())
                            .isEqualTo(baseEnv.get(deployment.getMetadata().getName()));
                    assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
                }
                if (resource instanceof HorizontalPodAutoscaler hpa) {
                    assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void networkPoliciesAllowExactlyThePlatformsPaths() {
        List<NetworkPolicy> policies = all(NetworkPolicy.class);
        NetworkPolicy deny = named(NetworkPolicy.class, "default-deny-ingress");
        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
        assertThat(deny.getSpec().getIngress()).isNullOrEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress");

        Set<String> paths = new TreeSet<>();
        for (NetworkPolicy policy : policies) {
            assertThat(policy.getSpec().getPolicyTypes())
                    .as(policy.getMetadata().getName())
                    .containsExactly("Ingress");
            if (policy == deny) {
                continue;
            }
            String target = who(policy.getSpec().getPodSelector());
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                assertThat(rule.getFrom())
                        .as(
                                "policy %s names who may connect",
                                policy.getMetadata().getName())
                        .isNotEmpty();
                assertThat(rule.getPorts())
                        .as("policy %s names the ports", policy.getMetadata().getName())
                        .isNotEmpty();
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    for (NetworkPolicyPort port : rule.getPorts()) {
                        paths.add(who(peer) + " -> " + target + ":"
                                + port.getPort().getIntVal());
                    }
                }
            }
        }
        // Strimzi makes the listener's NetworkPolicy from networkPolicyPeers (its own replication ports it adds itself)
        GenericKubernetesResource kafka = custom("Kafka").get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listeners = (List<Map<String, Object>>) kafka.get("spec", "kafka", "listeners");
        for (Map<String, Object> listener : listeners) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> peers = (List<Map<String, Object>>) listener.get("networkPolicyPeers");
            assertThat(peers).as("listener %s restricted", listener.get("name")).isNotEmpty();
            for (Map<String, Object> peer : peers) {
                NetworkPolicyPeer parsed = io.fabric8.kubernetes.client.utils.Serialization.jsonMapper()
                        .convertValue(peer, NetworkPolicyPeer.class);
                paths.add(who(parsed) + " -> kafka:" + listener.get("port"));
            }
        }

        Set<String> expected = new TreeSet<>(List.of(
                "ns:ingress-nginx -> gateway:8080",
                "gateway -> consultation-service:8081",
                "gateway -> forum-service:8082",
                "gateway -> feedback-tracking-service:8083",
                "consultation-service -> postgres:5432",
                "forum-service -> postgres:5432",
                "feedback-tracking-service -> postgres:5432",
                "keycloak -> postgres:5432",
                "consultation-service -> kafka:9092",
                "forum-service -> kafka:9092",
                "feedback-tracking-service -> kafka:9092",
                "ns:ingress-nginx -> keycloak:8080",
                "gateway -> keycloak:8080",
                "consultation-service -> keycloak:8080",
                "forum-service -> keycloak:8080",
                "feedback-tracking-service -> keycloak:8080",
                // a cluster's own members, and its operator
                "postgres -> postgres:5432",
                "postgres -> postgres:8000",
                "ns:cnpg-system -> postgres:8000",
                "ns:cnpg-system -> postgres:5432",
                "keycloak -> keycloak:7800",
                "keycloak -> keycloak:57800",
                // metrics from the monitoring namespace, on management ports only
                "ns:monitoring -> gateway:9080",
                "ns:monitoring -> consultation-service:9081",
                "ns:monitoring -> forum-service:9082",
                "ns:monitoring -> feedback-tracking-service:9083",
                "ns:monitoring -> postgres:9187",
                "ns:monitoring -> keycloak:9000"));
        assertThat(paths).isEqualTo(expected);
    }

    /** A pod selector or a namespace selector, in the words of the expected paths. */
    private static String who(NetworkPolicyPeer peer) {
        assertThat(peer.getIpBlock()).as("no IP blocks").isNull();
        if (peer.getNamespaceSelector() != null) {
            assertThat(peer.getPodSelector())
                    .as("a namespace or pods, not both")
                    .isNull();
            String ns = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
            assertThat(ns).as("namespace selected by name").isNotNull();
            return "ns:" + ns;
        }
        return who(peer.getPodSelector());
    }

    private static String who(LabelSelector selector) {
        Map<String, String> labels = selector.getMatchLabels();
        assertThat(labels).as("a peer selects particular pods, never all").isNotEmpty();
        assertThat(labels).hasSize(1);
        var label = labels.entrySet().iterator().next();
        return switch (label.getKey()) {
            case "app.kubernetes.io/name" -> label.getValue();
            case "cnpg.io/cluster" -> "postgres";
            case "app" -> label.getValue();
            case "app.kubernetes.io/managed-by" ->
                label.getValue().equals("keycloak-operator") ? "keycloak" : label.getValue();
            default -> throw new AssertionError("unexpected selector " + labels);
        };
    }

    @Test
    void theIngressServesOnlyTheGatewayAndKeycloakOverTls() {
        Ingress ingress = named(Ingress.class, "advisory-forum");
        Set<String> hosts =
                ingress.getSpec().getRules().stream().map(r -> r.getHost()).collect(Collectors.toSet());
        assertThat(ingress.getSpec().getTls())
                .singleElement()
                .satisfies(tls -> assertThat(Set.copyOf(tls.getHosts())).isEqualTo(hosts));
        Set<String> backends = ingress.getSpec().getRules().stream()
                .flatMap(r -> r.getHttp().getPaths().stream())
                .map(p -> p.getBackend().getService().getName())
                .collect(Collectors.toSet());
        assertThat(backends).containsExactlyInAnyOrder("gateway", "keycloak-service");
        // the admin console is not published
        List<String> keycloakPaths = ingress.getSpec().getRules().stream()
                .flatMap(r -> r.getHttp().getPaths().stream())
                .filter(p -> p.getBackend().getService().getName().equals("keycloak-service"))
                .map(p -> p.getPath())
                .toList();
        assertThat(keycloakPaths).isNotEmpty().allSatisfy(p -> assertThat(p).isIn("/realms/", "/resources/"));
        // the gateway's rate limit counts per replica: each client address is hashed to one replica
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/upstream-hash-by", "$remote_addr");
        assertThat(container("gateway").getEnv()).anyMatch(e -> e.getName().equals("GATEWAY_RATE_LIMIT_PER_MINUTE"));
    }

    @Test
    void everyTopicTheServicesUseIsAKafkaTopicReplicatedThreeTimesWithTwoInSync() {
        Set<String> used = new TreeSet<>();
        for (var service : SERVICES) {
            ProductionFiles.applicationProperties(service.module()).forEach((k, v) -> {
                String key = k.toString();
                if (key.startsWith("mp.messaging.") && (key.endsWith(".topic"))) {
                    used.add(v.toString());
                }
            });
        }
        assertThat(used).contains("consultation.lifecycle.v1", "forum.member.v1", "tracking.outcome.v1");
        int maxReplicas = all(HorizontalPodAutoscaler.class).stream()
                .mapToInt(h -> h.getSpec().getMaxReplicas())
                .max()
                .orElseThrow();
        Set<String> declared = new TreeSet<>();
        for (GenericKubernetesResource topic : custom("KafkaTopic")) {
            String name = (String) topic.get("spec", "topicName");
            declared.add(name);
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "kafka");
            assertThat(((Number) topic.get("spec", "replicas")).intValue())
                    .as(name)
                    .isEqualTo(3);
            assertThat(String.valueOf((Object) topic.get("spec", "config", "min.insync.replicas")))
                    .as(name)
                    .isEqualTo("2");
            if (!name.contains(".dlq.")) {
                assertThat(((Number) topic.get("spec", "partitions")).intValue())
                        .as("%s: partitions for every replica a consumer group may have", name)
                        .isGreaterThanOrEqualTo(maxReplicas);
            }
        }
        assertThat(declared).isEqualTo(used);

        GenericKubernetesResource kafka = custom("Kafka").get(0);
        assertThat(String.valueOf((Object) kafka.get("spec", "kafka", "config", "default.replication.factor")))
                .isEqualTo("3");
        assertThat(String.valueOf((Object) kafka.get("spec", "kafka", "config", "min.insync.replicas")))
                .isEqualTo("2");
        assertThat(String.valueOf((Object) kafka.get("spec", "kafka", "config", "auto.create.topics.enable")))
                .isEqualTo("false");
        GenericKubernetesResource pool = custom("KafkaNodePool").get(0);
        assertThat(((Number) pool.get("spec", "replicas")).intValue()).isEqualTo(3);
        assertThat((List<Object>) pool.get("spec", "roles")).containsExactlyInAnyOrder("controller", "broker");
        String bootstrap = kafka.getMetadata().getName() + "-kafka-bootstrap:9092";
        for (var service : SERVICES.subList(0, 3)) {
            assertThat(container(service.module()).getEnv())
                    .anyMatch(e -> e.getName().equals("KAFKA_BOOTSTRAP_SERVERS")
                            && e.getValue().equals(bootstrap));
        }
    }

    @Test
    void postgresIsAThreeInstanceClusterWithADatabaseAndRolePerServiceAndScheduledBackups() {
        GenericKubernetesResource cluster = custom("Cluster").get(0);
        assertThat(((Number) cluster.get("spec", "instances")).intValue()).isEqualTo(3);
        assertThat((String) cluster.get("spec", "imageName")).contains(":17.");
        Set<String> databases = new TreeSet<>();
        databases.add((String) cluster.get("spec", "bootstrap", "initdb", "database"));
        for (GenericKubernetesResource db : custom("Database")) {
            assertThat((String) db.get("spec", "cluster", "name"))
                    .isEqualTo(cluster.getMetadata().getName());
            assertThat((String) db.get("spec", "owner")).isEqualTo(db.get("spec", "name"));
            databases.add((String) db.get("spec", "name"));
        }
        assertThat(databases).containsExactlyInAnyOrder("consultation", "forum", "tracking", "keycloak");
        for (var service : SERVICES.subList(0, 3)) {
            assertThat(container(service.module()).getEnv())
                    .anyMatch(e -> e.getName().equals("QUARKUS_DATASOURCE_JDBC_URL")
                            && e.getValue()
                                    .equals("jdbc:postgresql://"
                                            + cluster.getMetadata().getName() + "-rw:5432/" + service.database()));
        }
        GenericKubernetesResource backup = custom("ScheduledBackup").get(0);
        assertThat((String) backup.get("spec", "cluster", "name"))
                .isEqualTo(cluster.getMetadata().getName());
        assertThat(((String) backup.get("spec", "schedule")).split(" ")).hasSize(6);
        assertThat((Object) cluster.get("spec", "backup", "retentionPolicy")).isNotNull();
    }

    @Test
    void keycloakRunsThroughItsOperatorWithTheRealmImportedAndNoDevMode() {
        GenericKubernetesResource keycloak = custom("Keycloak").get(0);
        GenericKubernetesResource realm = custom("KeycloakRealmImport").get(0);
        assertThat((String) realm.get("spec", "keycloakCRName"))
                .isEqualTo(keycloak.getMetadata().getName());
        assertThat(((Number) keycloak.get("spec", "instances")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat((String) keycloak.get("spec", "hostname", "hostname")).startsWith("https://");
        assertThat((String) keycloak.get("spec", "proxy", "headers")).isEqualTo("xforwarded");
        assertThat((String) keycloak.get("spec", "db", "host"))
                .isEqualTo(custom("Cluster").get(0).getMetadata().getName() + "-rw");
        assertThat((Object) keycloak.get("spec", "startOptimized")).isNotEqualTo(Boolean.TRUE.toString());
        // the image carries the realm's login theme: built from deploy/keycloak/Dockerfile on the same release
        assertThat((String) keycloak.get("spec", "image"))
                .startsWith("registry.example.org/advisory-forum/keycloak:26.5.6");
        assertThat((Object) keycloak.get("spec", "startOptimized")).isEqualTo(Boolean.FALSE);
        assertThat(ProductionFiles.read("deploy/keycloak/Dockerfile"))
                .contains(
                        "FROM quay.io/keycloak/keycloak:26.5.6\n",
                        "COPY --chown=1000:0 themes/advisory-forum /opt/keycloak/themes/advisory-forum");
    }

    @Test
    void noSecretWithDataIsCommittedAndEverySecretReferencedIsDocumented() throws IOException {
        Path kubernetes = ProductionFiles.root().resolve("deploy/kubernetes");
        List<Path> yamls;
        try (var files = Files.walk(kubernetes)) {
            yamls = files.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        for (Path file : yamls) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                String text = Files.readString(file);
                assertThat(text).as(file + " generates no Secret").doesNotContain("secretGenerator");
                continue;
            }
            for (HasMetadata resource : ProductionFiles.manifests(file)) {
                assertThat(resource.getKind()).as(file.toString()).isNotEqualTo("Secret");
            }
        }
        Set<String> referenced = new TreeSet<>();
        for (Deployment deployment : all(Deployment.class)) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                c.getEnv().stream()
                        .filter(e ->
                                e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                        .forEach(e -> referenced.add(
                                e.getValueFrom().getSecretKeyRef().getName()));
            }
        }
        String guide = ProductionFiles.read("deploy/PRODUCTION.md");
        assertThat(referenced).isNotEmpty().allSatisfy(name -> assertThat(guide).contains("`" + name + "`"));
    }
}
