package vn.antt.reporting.platform.plans;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.planning.OutlinePublished;

/** A service's copy of one outline version (versions are immutable). */
@Document("outlines")
public record OutlineRecord(@Id String id, int version, OutlinePublished outline) {

    public static String idOf(String outlineId, int version) {
        return outlineId + ":" + version;
    }
}
