package vn.antt.reporting.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.antt.reporting.kubernetes.Manifests.at;
import static vn.antt.reporting.kubernetes.Manifests.map;
import static vn.antt.reporting.kubernetes.Manifests.maps;
import static vn.antt.reporting.kubernetes.Manifests.name;
import static vn.antt.reporting.kubernetes.Manifests.named;
import static vn.antt.reporting.kubernetes.Manifests.ofKind;

import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import vn.antt.reporting.contracts.TopicSpec;
import vn.antt.reporting.contracts.Topics;
import vn.antt.reporting.platform.topics.TopicProvisioning;

/**
 * What a reviewer checks in {@code deploy/kubernetes}, read from the manifests and from the code they must agree with:
 * each module's pom and application.yml, event-contracts {@code Topics}, platform-support's {@code TopicProvisioning}
 * and the variables documented in {@code deploy/production/README.md}.
 */
class KubernetesManifestsTest {

    private static final List<Map<String, Object>> BASE = Manifests.baseDocuments();
    private static final Map<String, Object> LOCAL = Manifests.yaml(Manifests.KUBERNETES.resolve("overlays/local/kustomization.yaml"));
    private static final Map<String, Object> PRODUCTION = Manifests.yaml(Manifests.KUBERNETES.resolve("overlays/production/kustomization.yaml"));
    /** Variables the JVM or Spring Boot itself reads, not a property of the service's configuration. */
    private static final Set<String> PLATFORM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "SPRING_PROFILES_ACTIVE");

    /**
     * The web application's module (port 8086) is being written beside these manifests: until it is in the reactor,
     * its Deployment is checked for what the manifests alone say, and {@link #theWebApplicationWaitsForItsModule}.
     */
    static final String WEB = "web";

    static Stream<String> deployments() {
        return ofKind(BASE, "Deployment").stream().map(Manifests::name);
    }

    /** The Deployments whose module is in the reactor: everything the module says can be checked. */
    static Stream<String> deploymentsOfModules() {
        return deployments().filter(Manifests::hasModule);
    }

    private static Map<String, Object> deployment(String name) {
        return named(BASE, "Deployment", name).orElseThrow();
    }

    private static Map<String, Object> container(String name) {
        return map(at(deployment(name), "spec", "template", "spec", "containers", 0));
    }

    @Test
    void everyRunnableModuleHasADeploymentAndEveryDeploymentIsAModule() {
        Set<String> runnable = Manifests.modules().stream()
                .filter(module -> Files.isRegularFile(Manifests.ROOT.resolve(module).resolve("pom.xml")))
                .filter(module -> Manifests.pomProperty(module, "jib.skip").filter("false"::equals).isPresent())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(runnable).contains("gateway", "identity-service", "planning-service", "submission-service", "review-service",
                "aggregation-service", "notification-service");
        Set<String> deployed = deployments().collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(runnable);
        expected.add(WEB);
        assertThat(deployed).isEqualTo(expected);
    }

    @Test
    void theWebApplicationWaitsForItsModule() {
        if (Manifests.hasModule(WEB)) {
            assertThat(deploymentsOfModules()).contains(WEB); // from now on every module check covers it
            return;
        }
        assertThat(container(WEB).get("image")).isEqualTo("antt-reporting/web:" + Manifests.rootVersion());
        assertThat(String.valueOf(at(container(WEB), "ports", 0, "containerPort"))).isEqualTo("8086");
        assertThat(variablesOf(WEB)).containsExactlyInAnyOrder("JAVA_TOOL_OPTIONS", "REPORTING_WEB_ISSUER_URI",
                "REPORTING_WEB_API_BASE_URL", "REPORTING_WEB_CLIENT_SECRET");
        assertThat(Manifests.documentedVariables()).containsAll(variablesOf(WEB));
    }

    @Test
    void theBaseListsEveryManifestOfItsFolderAndTheOverlaysBuildOnIt() {
        Set<String> listed = new TreeSet<>(Manifests.strings(Manifests.yaml(Manifests.BASE.resolve("kustomization.yaml")), "resources"));
        Set<String> present = Manifests.yamlFilesUnder(Manifests.BASE).stream()
                .map(file -> Manifests.BASE.relativize(file).toString().replace('\\', '/'))
                .filter(file -> !file.equals("kustomization.yaml"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(present);
        for (Map<String, Object> overlay : List.of(LOCAL, PRODUCTION)) {
            assertThat(overlay.get("namespace")).isEqualTo("antt-reporting");
            assertThat(Manifests.strings(overlay, "resources")).contains("../../base");
            // Every patch targets something the base has.
            for (Map<String, Object> patch : maps(overlay.get("patches"))) {
                Map<String, Object> target = map(patch.get("target"));
                assertThat(ofKind(BASE, (String) target.get("kind"))).as("patch target " + target).isNotEmpty();
                if (target.get("name") != null) {
                    assertThat(named(BASE, (String) target.get("kind"), (String) target.get("name"))).as("patch target " + target).isPresent();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void eachDeploymentHasProbesResourcesADisruptionBudgetAnAutoscalerAndAService(String name) {
        Map<String, Object> container = container(name);
        assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(at(container, "livenessProbe", "httpGet", "port")).isEqualTo("http");
        assertThat(at(container, "readinessProbe", "httpGet", "port")).isEqualTo("http");
        for (String bound : List.of("requests", "limits")) {
            assertThat(at(container, "resources", bound, "cpu")).as(name + " " + bound + ".cpu").isNotNull();
            assertThat(at(container, "resources", bound, "memory")).as(name + " " + bound + ".memory").isNotNull();
        }
        Map<String, Object> selector = map(at(deployment(name), "spec", "selector", "matchLabels"));
        assertThat(selector).containsEntry("app.kubernetes.io/name", name);
        assertThat(map(at(deployment(name), "spec", "template", "metadata", "labels"))).containsAllEntriesOf(selector);

        Map<String, Object> budget = named(BASE, "PodDisruptionBudget", name).orElseThrow();
        assertThat(map(at(budget, "spec", "selector", "matchLabels"))).isEqualTo(selector);
        assertThat(at(budget, "spec", "maxUnavailable")).isEqualTo(1);

        Map<String, Object> autoscaler = named(BASE, "HorizontalPodAutoscaler", name).orElseThrow();
        assertThat(at(autoscaler, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
        assertThat(at(autoscaler, "spec", "scaleTargetRef", "name")).isEqualTo(name);
        int min = (Integer) at(autoscaler, "spec", "minReplicas");
        int max = (Integer) at(autoscaler, "spec", "maxReplicas");
        // A disruption budget of one with a single replica would stop the service during a node drain.
        assertThat(min).as(name + " minReplicas").isGreaterThanOrEqualTo(name.equals("identity-service") ? 1 : 2);
        assertThat(max).isGreaterThanOrEqualTo(min);
        assertThat(at(deployment(name), "spec", "replicas")).isEqualTo(min);

        Map<String, Object> service = named(BASE, "Service", name).orElseThrow();
        assertThat(map(at(service, "spec", "selector"))).isEqualTo(selector);
    }

    @Test
    void noConsumerReplicaBeyondThePartitionsOfWhatItConsumes() {
        // aggregation-service runs `concurrency` consumers per topic in each replica.
        Map<String, Object> aggregation = Manifests.configurationOf("aggregation-service");
        int concurrency = Integer.parseInt(String.valueOf(aggregation.get("spring.cloud.stream.bindings.submissionEvents-in-0.consumer.concurrency")));
        int max = (Integer) at(named(BASE, "HorizontalPodAutoscaler", "aggregation-service").orElseThrow(), "spec", "maxReplicas");
        assertThat(max * concurrency).isLessThanOrEqualTo(Topics.spec(Topics.SUBMISSION_EVENTS).orElseThrow().partitions());
        assertThat(max * concurrency).isLessThanOrEqualTo(Topics.spec(Topics.REVIEW_EVENTS).orElseThrow().partitions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deployments")
    void theJvmIsSizedFromTheContainersMemory(String name) {
        assertThat(configMapRefs(name)).contains("jvm-config");
        assertThat(String.valueOf(configMap("jvm-config").get("JAVA_TOOL_OPTIONS"))).contains("-XX:MaxRAMPercentage=");
        assertThat(String.valueOf(at(container(name), "resources", "limits", "memory"))).endsWith("Mi");
    }

    @Test
    void everyTopicAServiceOwnsHasItsKafkaTopicWithThePartitionsAndCompactionItsPublisherDeclares() {
        Map<String, TopicSpec> owned = new TreeMap<>();
        Map<String, String> publisherOf = new HashMap<>();
        for (String module : Manifests.modules()) {
            if (!Files.isRegularFile(Manifests.applicationYml(module))) {
                continue;
            }
            for (TopicSpec spec : TopicProvisioning.ownedBy(environmentOf(module))) {
                assertThat(owned.put(spec.name(), spec)).as(spec.name() + " owned by two services").isNull();
                publisherOf.put(spec.name(), module);
            }
        }
        // Every topic of the platform is created by its publisher, and the owner named in Topics is that publisher.
        for (TopicSpec spec : Topics.SPECS) {
            assertThat(owned).containsEntry(spec.name(), spec);
        }
        assertThat(publisherOf).containsEntry(Topics.SUBMISSION_EVENTS, "submission-service")
                .containsEntry(Topics.REVIEW_EVENTS, "review-service").containsEntry(Topics.DEADLINE_ALERTS, "aggregation-service")
                .containsEntry(Topics.PLANS, "planning-service").containsEntry("review-events-dlq-notification", "notification-service");

        List<Map<String, Object>> kafkaTopics = ofKind(BASE, "KafkaTopic");
        Set<String> declared = kafkaTopics.stream().map(Manifests::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).isEqualTo(owned.keySet());
        for (Map<String, Object> topic : kafkaTopics) {
            TopicSpec spec = owned.get(name(topic));
            assertThat(map(at(topic, "metadata", "labels"))).containsEntry("strimzi.io/cluster", "antt-kafka");
            assertThat(at(topic, "spec", "partitions")).as(spec.name()).isEqualTo(spec.partitions());
            assertThat(at(topic, "spec", "replicas")).as(spec.name()).isEqualTo(3);
            assertThat(String.valueOf(at(topic, "spec", "config", "min.insync.replicas"))).as(spec.name()).isEqualTo("2");
            assertThat(at(topic, "spec", "config", "cleanup.policy")).as(spec.name()).isEqualTo(spec.compacted() ? "compact" : "delete");
            // Larger records (plans, and their dead letters) only where Topics allows them, with the same limit.
            Object maxMessageBytes = at(topic, "spec", "config", "max.message.bytes");
            assertThat(maxMessageBytes == null ? null : Integer.valueOf(String.valueOf(maxMessageBytes))).as(spec.name())
                    .isEqualTo(spec.maxMessageBytes());
        }
        assertThat(owned.get("plans-dlq-aggregation").maxMessageBytes()).isEqualTo(Topics.PLANS_MAX_MESSAGE_BYTES);
        // The services create them with the same replication on the cluster.
        assertThat(configMap("kafka-config")).containsEntry("REPORTING_TOPICS_REPLICATION_FACTOR", "3")
                .containsEntry("REPORTING_TOPICS_MIN_INSYNC_REPLICAS", "2");
    }

    @Test
    void kafkaIsAKraftClusterOfThreeBrokersAndMongoDbAReplicaSetOfThree() {
        Map<String, Object> kafka = named(BASE, "Kafka", "antt-kafka").orElseThrow();
        assertThat(map(at(kafka, "metadata", "annotations"))).containsEntry("strimzi.io/kraft", "enabled")
                .containsEntry("strimzi.io/node-pools", "enabled");
        assertThat(at(kafka, "spec", "zookeeper")).isNull();
        assertThat(at(kafka, "spec", "entityOperator", "topicOperator")).isNotNull();
        assertThat(at(kafka, "spec", "kafka", "config", "auto.create.topics.enable")).isEqualTo(false);
        List<Map<String, Object>> pools = ofKind(BASE, "KafkaNodePool");
        assertThat(pools).hasSize(1);
        assertThat(map(at(pools.get(0), "metadata", "labels"))).containsEntry("strimzi.io/cluster", "antt-kafka");
        assertThat(at(pools.get(0), "spec", "replicas")).isEqualTo(3);
        assertThat(stringList(at(pools.get(0), "spec", "roles")))
                .containsExactlyInAnyOrder("broker", "controller");
        assertThat(String.valueOf(at(kafka, "spec", "kafka", "config", "min.insync.replicas"))).isEqualTo("2");

        Map<String, Object> mongo = named(BASE, "MongoDBCommunity", "antt-mongodb").orElseThrow();
        assertThat(at(mongo, "spec", "members")).isEqualTo(3);
        assertThat(at(mongo, "spec", "type")).isEqualTo("ReplicaSet");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deploymentsOfModules")
    void everyVariableTheManifestsSetIsDocumentedAndBoundByItsService(String name) {
        Set<String> variables = variablesOf(name);
        assertThat(variables).isNotEmpty();
        assertThat(Manifests.documentedVariables()).as("deploy/production/README.md").containsAll(variables);
        Map<String, Object> configuration = Manifests.configurationOf(name);
        Set<String> keys = configuration.keySet().stream().map(KubernetesManifestsTest::relaxed).collect(Collectors.toSet());
        String text = Manifests.read(Manifests.applicationYml(name)) + (configuration.containsKey("reporting.topics.replication-factor")
                || Manifests.read(Manifests.applicationYml(name)).contains("platform-defaults.yml") ? Manifests.read(Manifests.platformDefaults()) : "");
        for (String variable : variables) {
            boolean bound = PLATFORM_VARIABLES.contains(variable) || keys.contains(relaxed(variable))
                    || text.contains("${" + variable + ":") || text.contains("${" + variable + "}");
            assertThat(bound).as(name + " binds " + variable).isTrue();
        }
    }

    @Test
    void theRelaxedNamesAreSpringsEnvironmentNames() {
        assertThat(relaxed("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"))
                .isEqualTo(relaxed("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
        assertThat(relaxed("REPORTING_TOPICS_MIN_INSYNC_REPLICAS")).isNotEqualTo(relaxed("reporting.topics.replication-factor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deploymentsOfModules")
    void theImageAndThePortAreTheModules(String name) {
        assertThat(Manifests.pomProperty(name, "jib.skip")).contains("false");
        String port = String.valueOf(Manifests.configurationOf(name).get("server.port"));
        assertThat(Manifests.pomProperty(name, "image.port")).contains(port);
        Map<String, Object> container = container(name);
        assertThat(container.get("image")).isEqualTo("antt-reporting/" + name + ":" + Manifests.rootVersion());
        assertThat(at(container, "ports", 0, "name")).isEqualTo("http");
        assertThat(String.valueOf(at(container, "ports", 0, "containerPort"))).isEqualTo(port);
        assertThat(String.valueOf(at(named(BASE, "Service", name).orElseThrow(), "spec", "ports", 0, "port"))).isEqualTo(port);
        assertThat(map(at(deployment(name), "spec", "template", "metadata", "annotations"))).containsEntry("prometheus.io/port", port);
        // The production overlay takes every image from the registry under the same name.
        assertThat(maps(PRODUCTION.get("images"))).anySatisfy(image -> {
            assertThat(image.get("name")).isEqualTo("antt-reporting/" + name);
            assertThat(String.valueOf(image.get("newName"))).endsWith("/antt-reporting/" + name);
        });
    }

    @Test
    void eachServicesMongoUriWritesToAMajorityOfTheReplicaSetInItsOwnDatabase() {
        Map<String, Object> mongo = named(BASE, "MongoDBCommunity", "antt-mongodb").orElseThrow();
        Map<String, Map<String, String>> secrets = generated(LOCAL, "secretGenerator");
        for (String name : deploymentsOfModules().toList()) {
            Object defaultUri = Manifests.configurationOf(name).get("spring.mongodb.uri");
            if (defaultUri == null) {
                assertThat(secretRefs(name)).as(name + " uses no MongoDB").noneMatch(ref -> ref.endsWith("-mongodb"));
                continue;
            }
            String database = URI.create(String.valueOf(defaultUri).replaceAll("^\\$\\{[A-Z_]+:(.*)}$", "$1")).getPath().substring(1);
            assertThat(secretRefs(name)).contains(name + "-mongodb");
            String uri = secrets.get(name + "-mongodb").get("SPRING_MONGODB_URI");
            assertThat(uri).contains("/" + database + "?").contains("replicaSet=antt-mongodb").contains("w=majority")
                    .contains("antt-mongodb-0.", "antt-mongodb-1.", "antt-mongodb-2.");
            Map<String, Object> user = maps(at(mongo, "spec", "users")).stream().filter(u -> name.equals(u.get("name"))).findFirst().orElseThrow();
            assertThat(maps(user.get("roles"))).containsExactly(Map.of("name", "readWrite", "db", database));
            String passwordSecret = (String) at(user, "passwordSecretRef", "name");
            assertThat(uri).contains(name + ":" + secrets.get(passwordSecret).get("password") + "@");
            assertThat(map(at(deployment(name), "spec", "template", "metadata", "labels"))).containsEntry("antt-reporting/mongodb-client", "true");
        }
    }

    @Test
    void onlyTheGatewayTheWebApplicationAndTheIssuerAreReachableFromOutside() {
        Set<String> exposed = new TreeSet<>();
        for (Map<String, Object> ingress : ofKind(BASE, "Ingress")) {
            for (Map<String, Object> rule : maps(at(ingress, "spec", "rules"))) {
                for (Map<String, Object> path : maps(at(rule, "http", "paths"))) {
                    exposed.add((String) at(path, "backend", "service", "name"));
                }
            }
        }
        assertThat(exposed).containsExactlyInAnyOrder("gateway", "web", "identity-service");
        assertThat(ofKind(BASE, "Service")).allSatisfy(service -> assertThat(at(service, "spec", "type")).isNull());

        Map<String, Object> denyAll = named(BASE, "NetworkPolicy", "default-deny-ingress").orElseThrow();
        assertThat(map(at(denyAll, "spec", "podSelector"))).isEmpty();
        Map<String, Object> edge = named(BASE, "NetworkPolicy", "edge-from-ingress-controller").orElseThrow();
        assertThat(stringList(at(edge, "spec", "podSelector", "matchExpressions", 0, "values"))).containsExactlyInAnyOrderElementsOf(exposed);
        // The services take requests from the gateway and the web application only.
        Map<String, Object> internal = named(BASE, "NetworkPolicy", "services-from-gateway-and-web").orElseThrow();
        assertThat(stringList(at(internal, "spec", "ingress", 0, "from", 0, "podSelector", "matchExpressions", 0, "values")))
                .containsExactlyInAnyOrder("gateway", "web");
        // Kafka's listener admits the pods labelled as its clients: exactly the services that bind Kafka.
        Map<String, Object> kafka = named(BASE, "Kafka", "antt-kafka").orElseThrow();
        assertThat(at(kafka, "spec", "kafka", "listeners", 0, "networkPolicyPeers", 0, "podSelector", "matchLabels"))
                .isEqualTo(Map.of("antt-reporting/kafka-client", "true"));
        for (String name : deploymentsOfModules().toList()) {
            boolean usesKafka = Manifests.configurationOf(name).keySet().stream().anyMatch(k -> k.startsWith("spring.cloud.stream.bindings."));
            assertThat(map(at(deployment(name), "spec", "template", "metadata", "labels")))
                    .containsEntry("antt-reporting/kafka-client", String.valueOf(usesKafka));
        }
    }

    // --- helpers

    private static StandardEnvironment environmentOf(String module) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource(module, new LinkedHashMap<>(Manifests.configurationOf(module))));
        return environment;
    }

    /** Spring's relaxed form: case, dots, dashes and underscores aside. */
    static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[._\\-]", "");
    }

    private static List<String> stringList(Object node) {
        return ((List<?>) node).stream().map(String::valueOf).toList();
    }

    private static List<String> configMapRefs(String name) {
        return maps(container(name).get("envFrom")).stream().filter(ref -> ref.containsKey("configMapRef"))
                .map(ref -> (String) at(ref, "configMapRef", "name")).toList();
    }

    private static List<String> secretRefs(String name) {
        return maps(container(name).get("envFrom")).stream().filter(ref -> ref.containsKey("secretRef"))
                .map(ref -> (String) at(ref, "secretRef", "name")).toList();
    }

    private static Map<String, Object> configMap(String name) {
        return map(named(BASE, "ConfigMap", name).orElseThrow(() -> new AssertionError("no ConfigMap " + name)).get("data"));
    }

    /** Every variable a Deployment gets: its ConfigMaps (base, and what the overlays put in them) and its Secrets. */
    private static Set<String> variablesOf(String name) {
        Set<String> variables = new LinkedHashSet<>();
        assertThat(container(name).get("env")).as(name + ": variables come from ConfigMaps and Secrets").isNull();
        Map<String, Map<String, String>> localConfig = generated(LOCAL, "configMapGenerator");
        Map<String, Map<String, String>> localSecrets = generated(LOCAL, "secretGenerator");
        for (String ref : configMapRefs(name)) {
            variables.addAll(configMap(ref).keySet());
            variables.addAll(localConfig.getOrDefault(ref, Map.of()).keySet());
        }
        for (String ref : secretRefs(name)) {
            assertThat(localSecrets).as("the local overlay generates Secret " + ref).containsKey(ref);
            variables.addAll(localSecrets.get(ref).keySet());
        }
        return variables;
    }

    private static Map<String, Map<String, String>> generated(Map<String, Object> overlay, String generator) {
        Map<String, Map<String, String>> byName = new TreeMap<>();
        for (Map<String, Object> entry : maps(overlay.get(generator))) {
            Map<String, String> literals = new LinkedHashMap<>();
            for (String literal : Manifests.strings(entry, "literals")) {
                int equals = literal.indexOf('=');
                literals.put(literal.substring(0, equals), literal.substring(equals + 1));
            }
            byName.put((String) entry.get("name"), literals);
        }
        return byName;
    }
}
