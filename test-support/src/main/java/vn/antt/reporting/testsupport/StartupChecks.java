package vn.antt.reporting.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import vn.antt.reporting.contracts.mothers.UnitChangedMother;
import vn.antt.reporting.contracts.mothers.Units;

/**
 * What every service on the platform shows once started: ready, its metrics exposed, its API closed without a token,
 * and (a service that keeps a copy of the unit directory) the directory's events applied.
 */
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

    /**
     * Publishes the Quảng Ngãi sample of the directory and checks that the service's copy ({@code isSameOrAbove},
     * {@code ancestry} of its {@code UnitDirectory}) places Xã Tịnh Sơn under huyện Sơn Tịnh, tỉnh Quảng Ngãi.
     */
    public static void keepsItsCopyOfTheUnitDirectory(BiPredicate<String, String> isSameOrAbove,
                                                      Function<String, List<String>> ancestry) {
        UnitChangedMother.quangNgaiSample().forEach(KafkaEvents::publish);
        await().atMost(Duration.ofSeconds(30)).until(() -> isSameOrAbove.test(Units.SON_TINH, Units.TINH_SON));
        assertThat(ancestry.apply(Units.TINH_SON)).containsExactly(Units.QUANG_NGAI, Units.SON_TINH);
    }
}
