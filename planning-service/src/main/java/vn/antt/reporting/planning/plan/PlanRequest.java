package vn.antt.reporting.planning.plan;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.UnitGroup;

/** A plan as its issuer writes it, while it is a draft (seed 001 records every field). */
public record PlanRequest(
        @Schema(description = "Stable id; generated from the number when absent", example = "kh-119-2025-qng")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) String planId,
        @Schema(example = "119/KH-UBND") @NotBlank @Size(max = 50) String number,
        @Schema(example = "Ủy ban nhân dân tỉnh Quảng Ngãi") @NotBlank @Size(max = 300) String issuingBody,
        @Size(max = 200) String signer,
        @Size(max = 100) String signerTitle,
        @Schema(description = "Day of issue; the day it is issued when absent. Expected units are those that exist on it")
        LocalDate issuedOn,
        @Schema(description = "Trích yếu") @NotBlank @Size(max = 2000) String title,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> legalBasis,
        @NotNull LocalDate periodFrom,
        @Schema(description = "End of the reporting period, the data cut-off") @NotNull LocalDate periodTo,
        @Schema(description = "Reports must be in before this instant; \"trước ngày 10/6/2025\" is 2025-06-10T00:00:00+07:00")
        @NotNull OffsetDateTime deadline,
        @NotBlank @Size(max = 50) String recipientUnitCode,
        @Size(max = 300) String recipientName,
        @Size(max = 500) String contact,
        @Size(max = 50) List<@Valid @NotNull Milestone> milestones,
        @Schema(description = "Refuse entries after a unit's effective deadline (default false: accepted and marked late)")
        Boolean lockAtDeadline,
        @NotBlank @Size(max = 64) String outlineId,
        @NotNull @Min(1) Integer outlineVersion,
        @Size(max = 64) String comparisonPlanId,
        @NotNull @Valid Participants participants,
        @NotEmpty @Size(max = 20) List<@NotNull ReviewChain> reviewChains,
        @Schema(description = "Time each level has to review, ISO-8601", example = "P3D") Duration reviewTime,
        @Schema(description = "A higher level's return goes back to the submitting unit and review restarts at the first level (default true)")
        Boolean returnToSubmitter,
        @Schema(description = "Named sets of expected units to roll up by, as DHIS2's org-unit groups, e.g. "
                + "{\"code\": \"quan-ly-cap-huyen\", \"name\": \"Đơn vị do huyện quản lý\", \"unitCodes\": [\"30037\", ...]}: "
                + "codes unique, every member an expected unit of the plan (checked again when it is issued)")
        @Size(max = 50) List<@NotNull UnitGroup> groups) {

    public PlanRequest {
        legalBasis = legalBasis == null ? List.of() : legalBasis;
        milestones = milestones == null ? List.of() : milestones;
        groups = groups == null ? List.of() : groups;
    }
}
