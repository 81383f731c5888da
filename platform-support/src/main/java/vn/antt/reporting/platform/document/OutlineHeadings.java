package vn.antt.reporting.platform.document;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.platform.document.AdministrativeDocument.Heading;

/**
 * The headings of an outline as a report prints them: "I. ĐÁNH GIÁ TÌNH HÌNH" at the top, then under it "1. …" for
 * "II.1" and "2.1. …" for "II.2.1" (the seeds number sub-sections without their Roman part), each at its depth.
 */
public final class OutlineHeadings {

    private static final int MAX_DEPTH = 6;

    private OutlineHeadings() {
    }

    /** The heading of every section, by section number, in the outline's order. */
    public static Map<String, Heading> of(OutlinePublished outline) {
        Map<String, String> parents = new HashMap<>();
        outline.sections().stream().filter(s -> s.parentNumber() != null).forEach(s -> parents.put(s.number(), s.parentNumber()));
        Map<String, Heading> headings = new LinkedHashMap<>();
        for (OutlineSection section : outline.sections()) {
            int level = 1;
            String current = section.number();
            while (parents.containsKey(current) && level < MAX_DEPTH) {
                current = parents.get(current);
                level++;
            }
            String number = section.number();
            String shown = level == 1 || !number.contains(".") ? number : number.substring(number.indexOf('.') + 1);
            headings.put(number, new Heading(level, shown, section.title()));
        }
        return headings;
    }
}
