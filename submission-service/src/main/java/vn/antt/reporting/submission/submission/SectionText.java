package vn.antt.reporting.submission.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The narrative of one outline section, e.g. "II.2.1" and what the unit wrote under it. */
public record SectionText(
        @NotBlank @Size(max = 32) String number,
        @Size(max = 100_000) String text) {
}
