package vn.antt.reporting.planning.plan;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An explicit change of an issued plan: units added or removed, a new deadline; always with a reason. */
public record AmendmentRequest(
        @Size(max = 5000) List<@NotBlank String> addUnits,
        @Size(max = 5000) List<@NotBlank String> removeUnits,
        OffsetDateTime deadline,
        @NotBlank @Size(max = 2000) String reason) {

    public AmendmentRequest {
        addUnits = addUnits == null ? List.of() : addUnits;
        removeUnits = removeUnits == null ? List.of() : removeUnits;
    }
}
