package vn.antt.reporting.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.Yaml;

/**
 * The repository as the manifests test reads it: the Kustomize base's resources, the overlays, and each module's
 * pom and application.yml. Plain YAML, no cluster and no kustomize binary.
 */
final class Manifests {

    /** The repository's root, seen from this module (deploy/kubernetes). */
    static final Path ROOT = Path.of("..", "..").toAbsolutePath().normalize();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path BASE = KUBERNETES.resolve("base");

    private Manifests() {
    }

    static Map<String, Object> yaml(Path file) {
        return new Yaml().load(read(file));
    }

    /** Every document of every resource the base's kustomization lists. */
    static List<Map<String, Object>> baseDocuments() {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String resource : strings(yaml(BASE.resolve("kustomization.yaml")), "resources")) {
            for (Object document : new Yaml().loadAll(read(BASE.resolve(resource)))) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static String name(Map<String, Object> document) {
        return (String) map(document.get("metadata")).get("name");
    }

    static Optional<Map<String, Object>> named(List<Map<String, Object>> documents, String kind, String name) {
        return ofKind(documents, kind).stream().filter(d -> name.equals(name(d))).findFirst();
    }

    /** {@code at(doc, "spec", "template", "spec")}: a nested value, null when a step is missing. */
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current == null) {
                return null;
            }
            current = step instanceof Integer index ? ((List<?>) current).get(index) : ((Map<?, ?>) current).get(step);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node) {
        return node == null ? Map.of() : (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object node) {
        return node == null ? List.of() : (List<Map<String, Object>>) node;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    /** The modules of the root pom. */
    static List<String> modules() {
        return tags(read(ROOT.resolve("pom.xml")), "module");
    }

    static String rootVersion() {
        String pom = read(ROOT.resolve("pom.xml"));
        String withoutParent = pom.substring(pom.indexOf("</parent>"));
        return tags(withoutParent, "version").get(0);
    }

    /** A property of a module's pom, if it declares it. */
    static Optional<String> pomProperty(String module, String property) {
        return tags(read(ROOT.resolve(module).resolve("pom.xml")), property).stream().findFirst();
    }

    static boolean hasModule(String module) {
        return modules().contains(module) && Files.isRegularFile(applicationYml(module));
    }

    static Path applicationYml(String module) {
        return ROOT.resolve(module).resolve("src/main/resources/application.yml");
    }

    static Path platformDefaults() {
        return ROOT.resolve("platform-support/src/main/resources/platform-defaults.yml");
    }

    /**
     * A module's configuration as its service starts with it: its application.yml, and the platform's defaults when it
     * imports them; flattened to {@code a.b.c} keys (lists as {@code [i]}).
     */
    static Map<String, Object> configurationOf(String module) {
        Map<String, Object> flat = new LinkedHashMap<>();
        Map<String, Object> own = yaml(applicationYml(module));
        Object imported = at(own, "spring", "config", "import");
        if (imported != null && imported.toString().contains("platform-defaults.yml")) {
            flatten("", yaml(platformDefaults()), flat);
        }
        flatten("", own, flat);
        return flat;
    }

    private static void flatten(String prefix, Object node, Map<String, Object> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else {
            into.put(prefix, node);
        }
    }

    /** The names of the variables of the table "Configuration by environment variables" of deploy/production/README.md. */
    static List<String> documentedVariables() {
        List<String> names = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| ((`[A-Z][A-Z0-9_]*`(, )?)+) \\|").matcher(read(ROOT.resolve("deploy/production/README.md")));
        while (row.find()) {
            Matcher name = Pattern.compile("`([A-Z][A-Z0-9_]*)`").matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    static List<Path> yamlFilesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(Objects.requireNonNull(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tags(String xml, String tag) {
        List<String> values = new ArrayList<>();
        Matcher matcher = Pattern.compile("<" + Pattern.quote(tag) + ">([^<]*)</" + Pattern.quote(tag) + ">").matcher(xml);
        while (matcher.find()) {
            values.add(matcher.group(1).trim());
        }
        return values;
    }
}
