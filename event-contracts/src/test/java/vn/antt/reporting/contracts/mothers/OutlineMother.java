package vn.antt.reporting.contracts.mothers;

import java.util.List;

import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.planning.ValidationRule;

/**
 * The outline (Đề cương) attached to plan 119/KH-UBND (seed 001), with indicators for the figures
 * Tịnh Sơn reported (seed 000) and a budget rule that catches the slip of seed 002: the demo's own file
 * ({@code demo/outline-357.json} of planning-service, {@link DemoFiles}).
 */
public final class OutlineMother {

    private static final OutlinePublished OUTLINE = DemoFiles.read(DemoFiles.OUTLINE_357, OutlinePublished.class);
    public static final String OUTLINE_357 = OUTLINE.outlineId();

    private OutlineMother() {
    }

    public static List<OutlineSection> sections357() {
        return OUTLINE.sections();
    }

    public static List<Indicator> indicators357() {
        return OUTLINE.indicators();
    }

    public static List<ValidationRule> rules357() {
        return OUTLINE.rules();
    }

    public static OutlinePublished outline357() {
        return OUTLINE;
    }
}
