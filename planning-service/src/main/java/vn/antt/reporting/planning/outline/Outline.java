package vn.antt.reporting.planning.outline;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.ValidationRule;
import vn.antt.reporting.platform.outbox.PendingEvent;

/**
 * One immutable version of an outline (Đề cương), stored with the {@code OutlinePublished} event that
 * announces it ({@code outbox}), so that no version exists unpublished.
 *
 * @param id        {@code outlineId:version}, so that two writers of the same next version cannot both succeed
 * @param createdBy user and unit that wrote it
 */
@Document(Outline.COLLECTION)
@CompoundIndex(name = "outline_version", def = "{'outlineId': 1, 'version': -1}", unique = true)
public record Outline(
        @Id String id,
        String outlineId,
        int version,
        String title,
        List<OutlineSection> sections,
        List<Indicator> indicators,
        List<ValidationRule> rules,
        Instant createdAt,
        String createdBy,
        String createdByUnit,
        List<PendingEvent> outbox) {

    public static final String COLLECTION = "outlines";

    public static String id(String outlineId, int version) {
        return outlineId + ":" + version;
    }

    public OutlinePublished toEvent() {
        return new OutlinePublished(outlineId, version, title, sections, indicators, rules);
    }
}
