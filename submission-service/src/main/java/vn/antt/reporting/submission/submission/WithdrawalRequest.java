package vn.antt.reporting.submission.submission;

import jakarta.validation.constraints.Size;

/** Why a unit withdraws its report (optional). */
public record WithdrawalRequest(@Size(max = 2000) String reason) {
}
