package vn.antt.reporting.aggregation.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rebuild of a nation-wide plan from a log of 10.047 communes' reports ({@link NationWideRebuild#VERSIONS} version(s) each: 1, or {@code -Dnation-wide.versions}),
 * in a JVM of its own with a heap of {@link #HEAP} ({@link NationWideRebuild}): every node compared and nothing found
 * different, so no node's roll-up computed. The time and the heap are printed (a measurement, not asserted: README "Benchmark").
 */
class NationWideRebuildTest {

    /** 1g in the suite; the 10-version measurement holds the embedded store's 100.470 versions in the same heap too. */
    static final String HEAP = System.getProperty("nation-wide.heap", "1g");

    @Test
    void aNationWidePlanIsRebuiltAndEveryNodeComparedWithinItsHeap(@TempDir Path dir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseSerialGC", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + dir,
                "-D" + NationWideRebuild.VERSIONS_PROPERTY + "=" + NationWideRebuild.VERSIONS,
                "-cp", System.getProperty("java.class.path"), NationWideRebuild.class.getName())
                .redirectErrorStream(true);
        Path log = dir.resolve("nation-wide-rebuild.log");
        Process process = builder.redirectOutput(log.toFile()).start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        output.lines().filter(l -> l.matches("^(published-versions|rebuild-ms|compare-holds-bytes|peak-heap-bytes)=.*") || l.contains("Rebuilt plan"))
                .forEach(l -> System.out.println("Nation-wide rebuild in -Xmx" + HEAP + ": " + l.replaceFirst("^.*(Rebuilt plan)", "$1")));
        assertThat(output).contains("published-versions=" + NationWideRebuild.COMMUNES * NationWideRebuild.VERSIONS);
        int nodes = NationWideRebuild.PROVINCES + NationWideRebuild.DISTRICTS + NationWideRebuild.COMMUNES;
        assertThat(output).as(output).containsPattern("rebuild-ms=\\d+ events-read=\\d+ contributions=" + NationWideRebuild.COMMUNES
                + " nodes-compared=" + nodes + " nodes-recomputed=0 differences=0");
    }
}
