package vn.antt.reporting.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class BenchmarkPartsTest {

    @Test
    void percentilesAreNearestRank() {
        Stats stats = new Stats();
        for (int i = 1; i <= 100; i++) {
            stats.add(i);
        }
        assertThat(stats.percentile(50)).isEqualTo(50);
        assertThat(stats.percentile(99)).isEqualTo(99);
        assertThat(new Stats().percentile(50)).isNaN();
    }

    @Test
    void withoutTheOfficialListTheTreeHasItsShape() throws Exception {
        Hierarchy tree = Hierarchy.load(Path.of("no-such-file.json"), 63);
        assertThat(tree.provinces()).hasSize(63);
        assertThat(tree.communes()).hasSize(10_047);
        assertThat(tree.provinceOf()).hasSize(693);
        String commune = tree.communes().get(5000);
        assertThat(tree.provinceOfCommune(commune)).isEqualTo(commune.substring(0, 3));
        JsonNode body = Platform.JSON.readTree(tree.importBody());
        assertThat(body.get("units")).hasSize(63 + 693 + 10_047);
    }

    @Test
    void aSubmissionFollowsTheDemoOutline() {
        JsonNode body = Platform.JSON.readTree(BenchmarkMain.submission("kh-x", "21217", 7));
        assertThat(body.at("/document/number").asString()).isEqualTo("7/BC-UBND");
        assertThat(body.get("sections")).hasSize(5);
        assertThat(body.at("/figures/0/indicator").asString()).isEqualTo("propaganda.sessions");
    }
}
