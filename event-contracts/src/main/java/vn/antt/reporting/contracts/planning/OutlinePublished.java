package vn.antt.reporting.contracts.planning;

import java.util.List;

import vn.antt.reporting.contracts.DomainEvent;
import vn.antt.reporting.contracts.EventType;
import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.Topics;

/**
 * One version of a report outline (Đề cương), whole. Versions are immutable: a change publishes the
 * next version. Compacted topic keyed {@code outlineId:version}.
 */
@EventType(name = "outline-published", version = 1, topic = Topics.OUTLINES)
public record OutlinePublished(String outlineId, int version, String title, List<OutlineSection> sections,
                               List<Indicator> indicators, List<ValidationRule> rules) implements DomainEvent {

    public OutlinePublished {
        sections = ImmutableLists.copyOrEmpty(sections);
        indicators = ImmutableLists.copyOrEmpty(indicators);
        rules = ImmutableLists.copyOrEmpty(rules);
    }

    @Override
    public String partitionKey() {
        return outlineId + ":" + version;
    }

    @Override
    public String subject() {
        return partitionKey();
    }
}
