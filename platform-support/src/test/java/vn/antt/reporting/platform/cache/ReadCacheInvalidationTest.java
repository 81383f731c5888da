package vn.antt.reporting.platform.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.testing.InMemoryStore;
import vn.antt.reporting.platform.time.PlatformTime;

/** A cached read model answers from memory, and a change consumed in the same instance is seen at once (issue 21). */
class ReadCacheInvalidationTest {

    private final InMemoryStore store = new InMemoryStore();
    private final MongoTemplate mongo = store.template();

    @AfterEach
    void stopStore() {
        store.close();
    }

    @Test
    void aDirectoryChangeIsSeenAtOnceAndRepeatedReadsCostNoStoreCommand() {
        UnitDirectory directory = new UnitDirectory(mongo, Clock.system(PlatformTime.ZONE),
                ReadCache.of(ReadCacheProperties.defaults()));
        directory.apply(new UnitChanged("527", "Huyện Sơn Tịnh", "Huyện", "DISTRICT", "51", null, null, 1, null, List.of()));
        store.forgetCommands();
        for (int i = 0; i < 5; i++) {
            assertThat(directory.find("527")).get().extracting(DirectoryUnit::name).isEqualTo("Huyện Sơn Tịnh");
        }
        assertThat(store.commands()).as("read once, then from memory").containsExactly("find");

        directory.apply(new UnitChanged("527", "Huyện Sơn Tịnh mới", "Huyện", "DISTRICT", "51", null, null, 2, null, List.of()));
        assertThat(directory.find("527")).get().extracting(DirectoryUnit::name).isEqualTo("Huyện Sơn Tịnh mới");
    }

    @Test
    void aBatchOfDirectoryChangesIsSeenAtOnce() {
        UnitDirectory directory = new UnitDirectory(mongo, Clock.system(PlatformTime.ZONE),
                ReadCache.of(ReadCacheProperties.defaults()));
        directory.apply(List.of(new UnitChanged("527", "Huyện Sơn Tịnh", "Huyện", "DISTRICT", "51", null, null, 1, null, List.of()),
                new UnitChanged("524", "Huyện Bình Sơn", "Huyện", "DISTRICT", "51", null, null, 1, null, List.of())));
        assertThat(directory.find("527")).get().extracting(DirectoryUnit::name).isEqualTo("Huyện Sơn Tịnh");
        assertThat(directory.find("524")).get().extracting(DirectoryUnit::name).isEqualTo("Huyện Bình Sơn");

        directory.apply(List.of(new UnitChanged("527", "Huyện Sơn Tịnh mới", "Huyện", "DISTRICT", "51", null, null, 2, null, List.of()),
                new UnitChanged("524", "Huyện Bình Sơn mới", "Huyện", "DISTRICT", "51", null, null, 2, null, List.of())));
        assertThat(directory.find("527")).get().extracting(DirectoryUnit::name).isEqualTo("Huyện Sơn Tịnh mới");
        assertThat(directory.find("524")).get().extracting(DirectoryUnit::name).isEqualTo("Huyện Bình Sơn mới");
    }

    @Test
    void aCodeNotThereYetIsLookedForAgain() {
        UnitDirectory directory = new UnitDirectory(mongo, Clock.system(PlatformTime.ZONE),
                ReadCache.of(ReadCacheProperties.defaults()));
        assertThat(directory.find("21217")).isEmpty();
        mongo.save(new DirectoryUnit("21217", "21217", "Xã Tịnh Sơn", "Xã", "COMMUNE", "527", null, null, 1));
        assertThat(directory.find("21217")).get().extracting(DirectoryUnit::name).isEqualTo("Xã Tịnh Sơn");
    }
}
