package vn.antt.reporting.planning.plan;

import jakarta.validation.constraints.Size;

/** An optional note with an action that needs no other input (issue, close). */
public record ReasonRequest(@Size(max = 2000) String reason) {
}
