package vn.antt.reporting.planning.plan;

import java.time.Instant;

/**
 * The deadline that applies to one expected unit and where it comes from.
 *
 * @param source PLAN, INTERNAL (set by {@code setBy}, an intermediate level) or EXTENSION
 * @param local  the same instant as officials read it, in Asia/Ho_Chi_Minh, e.g. "00:00 10/06/2025"
 */
public record EffectiveDeadline(String planId, String unitCode, Instant deadline, String local, String source, String setBy) {
}
