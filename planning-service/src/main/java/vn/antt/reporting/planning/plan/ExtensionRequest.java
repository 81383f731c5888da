package vn.antt.reporting.planning.plan;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** More time for one expected unit, always with a reason. */
public record ExtensionRequest(@NotBlank String unitCode, @NotNull OffsetDateTime deadline, @NotBlank @Size(max = 2000) String reason) {
}
