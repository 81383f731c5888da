package vn.antt.reporting.planning.outline;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.ValidationRule;

/** An outline version as the API shows it. */
public record OutlineView(String outlineId, int version, String title, List<OutlineSection> sections,
                          List<Indicator> indicators, List<ValidationRule> rules, Instant createdAt, String createdByUnit) {

    static OutlineView of(Outline outline) {
        return new OutlineView(outline.outlineId(), outline.version(), outline.title(), outline.sections(),
                outline.indicators(), outline.rules(), outline.createdAt(), outline.createdByUnit());
    }
}
