package vn.antt.reporting.contracts.mothers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's plans, outlines and directory as planning-service loads them ({@code planning-service/src/main/resources/demo/})
 * and its reports as submission-service submits them ({@code submission-service/src/main/resources/demo/}), on the test
 * classpath through this module's test resources: the mothers build from them, so the demo's figures are written once.
 */
public final class DemoFiles {

    public static final String PLAN_119 = "demo/plan-119.json";
    public static final String PLAN_2026 = "demo/plan-2026.json";
    public static final String OUTLINE_357 = "demo/outline-357.json";
    public static final String OUTLINE_510 = "demo/outline-510.json";
    /** The province after the reform (planning-service, profile demo-2026): 96 communes directly under it. */
    public static final String QUANG_NGAI_2025 = "demo/quang-ngai-2025-units.json";
    /** The demo's reports across the reform (submission-service, profile demo-2026). */
    public static final String REPORTS_REFORM = "demo/reports-reform.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DemoFiles() {
    }

    /** The file read as {@code type} (e.g. an outline as {@code OutlinePublished}). */
    public static <T> T read(String resource, Class<T> type) {
        try (InputStream in = open(resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a JSON tree (a plan request: planning-service's own type is not visible here). */
    public static JsonNode tree(String resource) {
        try (InputStream in = open(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the test classpath (event-contracts' test resources)");
        }
        return in;
    }
}
