package vn.antt.reporting.web.api;

import java.time.Instant;

/** The deadline that applies to one unit: its extension, its level's internal deadline or the plan's (source PLAN, INTERNAL, EXTENSION). */
public record EffectiveDeadline(String planId, String unitCode, Instant deadline, String source, String setBy) {
}
