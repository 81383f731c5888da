package vn.antt.reporting.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service on the platform shows once started: ready, its metrics exposed, its API closed without a token. */
public final class StartupChecks {

    private StartupChecks() {
    }

    /** The readiness probe answers 200 and Prometheus reads the JVM's metrics. */
    public static void isReadyWithMetrics(int port) {
        ApiClient.Response readiness = ApiClient.on(port).get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(ApiClient.on(port).get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
    }

    /** A request without a bearer token is answered 401 as problem details. */
    public static void refusesRequestsWithoutABearerToken(int port) {
        ApiClient.Response response = ApiClient.on(port).get("/api/anything");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
