package vn.antt.reporting.contracts.planning;

import java.time.LocalDate;

/** A later step of the plan, e.g. "Hội nghị tổng kết" within 9/2025. */
public record Milestone(String title, LocalDate due) {
}
