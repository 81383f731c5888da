package vn.antt.reporting.platform.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.PlanLetter;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.PlanStatus;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.testing.InMemoryStore;

/**
 * What the read models cost the store on every submission, counted by a command listener: an outline version is read
 * once (versions never change), a report's review levels read each ancestor's kind once (a commune's province was read
 * for each level of its chain: 3 reads for DISTRICT, PROVINCE, now 2).
 */
class ReadModelStoreOperationsTest {

    private final InMemoryStore store = new InMemoryStore();
    private final MongoTemplate mongo = store.template();

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void anOutlineVersionIsReadFromTheStoreOnceAndAnUnknownOneEachTime() {
        Outlines outlines = new Outlines(mongo);
        store.forgetCommands();
        assertThat(outlines.find("de-cuong-357", 1)).isEmpty();
        assertThat(outlines.find("de-cuong-357", 1)).isEmpty();
        assertThat(store.commands()).as("not there yet: looked for each time").containsExactly("find", "find");

        outlines.apply(new OutlinePublished("de-cuong-357", 1, "Đề cương báo cáo tổng kết", List.of(), List.of(), List.of()));
        store.forgetCommands();
        for (int i = 0; i < 5; i++) {
            assertThat(outlines.find("de-cuong-357", 1)).get().extracting(OutlinePublished::title).isEqualTo("Đề cương báo cáo tổng kết");
        }
        assertThat(store.commands()).containsExactly("find");
        assertThat(outlines.find("de-cuong-357", 2)).isEmpty();
        assertThat(store.commands()).containsExactly("find", "find");
    }

    @Test
    void aCommunesTwoLevelsReadTheKindsOfItsDistrictAndProvinceOnceEach() {
        UnitDirectory directory = new UnitDirectory(mongo);
        mongo.save(new DirectoryUnit("51", "51", "Tỉnh Quảng Ngãi", "Tỉnh", "PROVINCE", null, null, null, 1));
        mongo.save(new DirectoryUnit("527", "527", "Huyện Sơn Tịnh", "Huyện", "DISTRICT", "51", null, null, 1));
        PlanPublished plan = plan(List.of(new ReviewChain("COMMUNE", List.of("DISTRICT", "PROVINCE"))));
        UnitRef tinhSon = new UnitRef("21217", "Xã Tịnh Sơn", "COMMUNE", List.of("51", "527"));
        store.forgetCommands();

        List<ReviewLevel> levels = new ReviewChains(directory).levelsOf(plan, tinhSon);

        assertThat(levels).extracting(ReviewLevel::level, ReviewLevel::unitCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "527"), org.assertj.core.groups.Tuple.tuple(2, "51"));
        assertThat(store.commands()).as("the province's kind, the district's kind").containsExactly("find", "find");
    }

    private static PlanPublished plan(List<ReviewChain> chains) {
        PlanLetter letter = new PlanLetter("119/KH-UBND", "51", "UBND tỉnh Quảng Ngãi", null, null, LocalDate.of(2025, 5, 20),
                "Tổng kết", List.of(), LocalDate.of(2015, 11, 9), LocalDate.of(2025, 5, 31), Instant.parse("2025-06-09T17:00:00Z"),
                "51", "Công an tỉnh", null);
        return new PlanPublished("kh-119", 1, letter, List.of(), PlanStatus.ISSUED, false, "de-cuong-357", 1, null,
                List.of(new ExpectedUnit("21217", "Xã Tịnh Sơn", "COMMUNE", List.of("51", "527"))), chains, null, false, List.of(),
                List.of());
    }
}
