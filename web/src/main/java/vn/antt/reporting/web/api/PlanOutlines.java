package vn.antt.reporting.web.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The reads every page family shares: a plan, its outline version (immutable once published, so kept), a unit's
 * versions, a unit's name.
 */
@Component
public class PlanOutlines {

    private final PlatformApi api;
    private final Map<String, OutlineInfo> outlines = new ConcurrentHashMap<>();
    private final Map<String, String> unitNames = new ConcurrentHashMap<>();

    PlanOutlines(PlatformApi api) {
        this.api = api;
    }

    public PlanInfo plan(String planId) {
        return api.get("/api/plans/{planId}", PlanInfo.class, planId);
    }

    /** An outline version never changes once published: read once per application. */
    public OutlineInfo outline(PlanInfo plan) {
        String key = plan.outlineId() + "@" + plan.outlineVersion();
        OutlineInfo outline = outlines.get(key);
        if (outline == null) {
            outline = api.get("/api/outlines/{id}/versions/{version}", OutlineInfo.class, plan.outlineId(), plan.outlineVersion());
            outlines.put(key, outline);
        }
        return outline;
    }

    /** The unit's submitted versions, oldest first. */
    public List<SubmissionInfo> versions(String planId, String unitCode) {
        return api.list("/api/submissions?planId={planId}&unitCode={unitCode}", SubmissionInfo[].class, planId, unitCode);
    }

    /** "Huyện Sơn Tịnh" for 527; the code itself when the directory cannot say. */
    public String unitName(String code) {
        String name = unitNames.get(code);
        if (name != null) {
            return name;
        }
        try {
            UnitInfo unit = api.get("/api/units/{code}", UnitInfo.class, code);
            unitNames.put(code, unit.name());
            return unit.name();
        } catch (ServiceProblem unknown) {
            return code;
        }
    }

    public UnitInfo unit(String code) {
        return api.get("/api/units/{code}", UnitInfo.class, code);
    }
}
