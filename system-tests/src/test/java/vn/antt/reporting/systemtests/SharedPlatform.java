package vn.antt.reporting.systemtests;

import java.util.List;

/**
 * One running platform for all system tests of the JVM: started on first use, stopped when the JVM exits, so the
 * suites share the minute it takes to start eight processes on two cores.
 */
final class SharedPlatform {

    private static RunningPlatform platform;

    private SharedPlatform() {
    }

    static synchronized RunningPlatform get() throws Exception {
        if (platform == null) {
            RunningPlatform started = new RunningPlatform(List.of("planning-service", "submission-service", "review-service",
                    "aggregation-service", "notification-service", "gateway", "web")).start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "system-platform-stop"));
            platform = started;
        }
        return platform;
    }
}
