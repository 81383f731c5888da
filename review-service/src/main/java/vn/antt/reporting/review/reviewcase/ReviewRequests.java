package vn.antt.reporting.review.reviewcase;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What reviewers send. */
public final class ReviewRequests {

    private ReviewRequests() {
    }

    /** @param version the version the reviewer read; when given and no longer current, 409 {@code version-changed} */
    public record Accept(@Positive Integer version) {
    }

    /**
     * @param reason why the report goes back (required)
     * @param notes  remarks on single sections or indicators
     */
    public record Return(@Positive Integer version, @NotBlank @Size(max = 2000) String reason,
                         @Size(max = 200) List<@Valid Note> notes) {
    }

    public record Note(@Size(max = 32) String sectionNumber, @Size(max = 100) @Pattern(regexp = "[a-z0-9._-]*") String indicator,
                       @NotBlank @Size(max = 2000) String note) {
    }

    /**
     * @param version the final version the reviewer read; when given and no longer current, 409 {@code version-changed}
     * @param reason  why the final report is reopened (required)
     */
    public record Reopen(@Positive Integer version, @NotBlank @Size(max = 2000) String reason) {
    }

    /** The units whose reports the reviewer accepts at once (a district has 10 to 30 communes). */
    public record BulkAccept(@NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 32) String> unitCodes) {
    }

    /** One unit's outcome in a bulk acceptance: accepted, or the rule that refused it. */
    public record BulkOutcome(String unitCode, boolean accepted, int version, String rule, String detail) {
    }
}
