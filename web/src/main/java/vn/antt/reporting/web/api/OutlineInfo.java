package vn.antt.reporting.web.api;

import java.util.List;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlineSection;

/** One version of a report outline: its sections in order and the indicators each asks for. */
public record OutlineInfo(String outlineId, int version, String title, List<OutlineSection> sections, List<Indicator> indicators) {

    public OutlineInfo {
        sections = sections == null ? List.of() : sections;
        indicators = indicators == null ? List.of() : indicators;
    }

    public Indicator indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    public OutlineSection section(String number) {
        return sections.stream().filter(s -> s.number().equals(number)).findFirst().orElse(null);
    }
}
