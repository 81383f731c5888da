package vn.antt.reporting.planning.unit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the unit directory ({@code reporting.units.*}).
 *
 * @param nationalUnits  unit codes whose administrators may import any province and the national list
 * @param writeChunkSize documents per bulk write during an import
 * @param lockTimeout    how long an import waits for another one to finish before it is refused
 * @param relay          publication of pending changes to the {@code unit-directory} topic
 * @param demo           demo data loaded at start-up with the {@code demo} profile
 */
@ConfigurationProperties("reporting.units")
public record UnitDirectoryProperties(
        @DefaultValue("TW") List<String> nationalUnits,
        @DefaultValue("1000") int writeChunkSize,
        @DefaultValue("30s") Duration lockTimeout,
        @DefaultValue Relay relay,
        @DefaultValue Demo demo) {

    /**
     * @param enabled   false in the command-line import, which leaves publication to the running service
     * @param interval  pause between two passes over the pending changes
     * @param batchSize units read per query
     * @param lease     how long one instance keeps the relay before another may take it over
     * @param parallelism units of a batch sent at once: each send waits for the broker's acknowledgement, and one at a
     *                    time (≈ 8 ms each) took ≈ 225 s for the ≈ 15.000 events of an import of both lists. A batch's
     *                    units are distinct keys, and the next batch starts when it has ended, so per-unit order holds
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500ms") Duration interval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("16") int parallelism) {
    }

    /** @param files resources imported in order with the {@code demo} profile */
    public record Demo(
            @DefaultValue({"classpath:demo/quang-ngai-units.json", "classpath:demo/quang-ngai-agencies.json"})
            List<String> files) {
    }
}
