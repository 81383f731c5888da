package vn.antt.reporting.planning.plan;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An internal deadline an intermediate level sets for the units below it. */
public record DeadlineRequest(@NotNull OffsetDateTime deadline, @Size(max = 2000) String reason) {
}
