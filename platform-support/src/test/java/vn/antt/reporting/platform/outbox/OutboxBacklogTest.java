package vn.antt.reporting.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class OutboxBacklogTest {

    private Instant now = Instant.parse("2025-06-09T16:59:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theOldestWaitingDocumentIsMeasuredFromWhenTheRelayFirstFoundItUntilItIsPublished() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxBacklog backlog = new OutboxBacklog(clock, meters, List.of("submissions"));
        assertThat(meters.get("reporting.outbox.pending").tag("collection", "submissions").gauge().value()).isZero();

        backlog.found("submissions", "a");
        now = now.plusSeconds(40);
        backlog.found("submissions", "a"); // still there at the next pass: the first sighting counts
        backlog.found("submissions", "b");
        now = now.plusSeconds(30);

        assertThat(meters.get("reporting.outbox.pending").tag("collection", "submissions").gauge().value()).isEqualTo(2);
        assertThat(meters.get("reporting.outbox.oldest.age").tag("collection", "submissions").timeGauge().value(TimeUnit.SECONDS))
                .isEqualTo(70);

        backlog.done("submissions", "a");
        assertThat(backlog.oldestAge("submissions")).isEqualTo(Duration.ofSeconds(30));
        backlog.passEnded("submissions", Set.of()); // another instance published b
        assertThat(backlog.pending("submissions")).isZero();
        assertThat(backlog.oldestAge("submissions")).isZero();
    }
}
