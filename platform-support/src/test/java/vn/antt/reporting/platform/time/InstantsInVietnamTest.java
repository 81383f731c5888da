package vn.antt.reporting.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class InstantsInVietnamTest {

    record Deadline(Instant deadline, OffsetDateTime requested) {
    }

    final JsonMapper json = JsonMapper.builder().addModule(InstantsInVietnam.module()).build();

    @Test
    void instantsAreWrittenWithVietnamsOffsetAndReadInEitherForm() {
        Instant midnight = Instant.parse("2025-06-09T17:00:00Z");
        String written = json.writeValueAsString(new Deadline(midnight, OffsetDateTime.parse("2025-06-09T17:00:00Z")));

        assertThat(written).isEqualTo("{\"deadline\":\"2025-06-10T00:00:00+07:00\",\"requested\":\"2025-06-10T00:00:00+07:00\"}");
        assertThat(json.readValue(written, Deadline.class).deadline()).isEqualTo(midnight);
        assertThat(json.readValue("{\"deadline\":\"2025-06-09T17:00:00Z\"}", Deadline.class).deadline()).isEqualTo(midnight);
        assertThat(InstantsInVietnam.format(Instant.parse("2025-06-09T17:00:00.250Z"))).isEqualTo("2025-06-10T00:00:00.25+07:00");
    }
}
