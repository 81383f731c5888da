package vn.antt.reporting.planning.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.LocalGovernment;
import vn.antt.reporting.contracts.planning.Milestone;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.planning.UnitGroup;
import vn.antt.reporting.planning.outline.OutlineService;
import vn.antt.reporting.planning.unit.UnitDirectoryProperties;
import vn.antt.reporting.planning.unit.UnitKind;
import vn.antt.reporting.planning.unit.UnitQueries;
import vn.antt.reporting.platform.problem.FieldError;
import vn.antt.reporting.platform.time.PlatformTime;

/**
 * Checks a draft against what a plan must be: a deadline after its reporting period, an outline that
 * exists, units that exist, review chains over real kinds of unit, a comparison plan that exists, groups of expected units.
 * Every error names its field.
 */
@Component
class PlanValidator {

    private final UnitQueries units;
    private final OutlineService outlines;
    private final MongoTemplate mongo;

    PlanValidator(UnitQueries units, OutlineService outlines, MongoTemplate mongo, UnitDirectoryProperties properties) {
        this.units = units;
        this.outlines = outlines;
        this.mongo = mongo;
    }

    List<FieldError> check(PlanRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.periodTo().isBefore(request.periodFrom())) {
            errors.add(new FieldError("periodTo", "the reporting period ends (" + request.periodTo() + ") before it starts ("
                    + request.periodFrom() + ")"));
        }
        Instant periodEnd = PlatformTime.startOf(request.periodTo().plusDays(1));
        if (request.deadline().toInstant().isBefore(periodEnd)) {
            errors.add(new FieldError("deadline", "the deadline " + request.deadline() + " precedes the end of the reporting period "
                    + request.periodTo()));
        }
        if (request.issuedOn() != null && request.deadline().toInstant().isBefore(PlatformTime.startOf(request.issuedOn()))) {
            errors.add(new FieldError("deadline", "the deadline precedes the issue date " + request.issuedOn()));
        }
        if (units.find(request.recipientUnitCode()).isEmpty()) {
            errors.add(new FieldError("recipientUnitCode", "no unit has the code " + request.recipientUnitCode()));
        }
        if (outlines.find(request.outlineId(), request.outlineVersion()).isEmpty()) {
            errors.add(new FieldError(outlines.latest(request.outlineId()).isPresent() ? "outlineVersion" : "outlineId",
                    "no outline " + request.outlineId() + " version " + request.outlineVersion()));
        }
        // A wrong comparison plan would silently give no "so với cùng kỳ": it must be a plan this service knows.
        if (request.comparisonPlanId() != null && (request.comparisonPlanId().equals(request.planId())
                || !mongo.exists(Query.query(Criteria.where("_id").is(request.comparisonPlanId())), Plan.class))) {
            errors.add(new FieldError("comparisonPlanId", "no other plan has the id " + request.comparisonPlanId()));
        }
        if (request.participants().units().isEmpty() && request.participants().rules().isEmpty()) {
            errors.add(new FieldError("participants", "name the units that report, or a rule that selects them"));
        }
        for (int i = 0; i < request.participants().units().size(); i++) {
            String code = request.participants().units().get(i);
            if (units.find(code).isEmpty()) {
                errors.add(new FieldError("participants.units[" + i + "]", "no unit has the code " + code));
            }
        }
        for (int i = 0; i < request.participants().rules().size(); i++) {
            String within = request.participants().rules().get(i).within();
            if (units.find(within).isEmpty()) {
                errors.add(new FieldError("participants.rules[" + i + "].within", "no unit has the code " + within));
            }
        }
        checkChains(request.reviewChains(), errors);
        if (request.issuedOn() != null) {
            checkLevelsExistOn(request.reviewChains(), request.issuedOn(), errors);
        }
        checkGroups(request.groups(), errors);
        for (int i = 0; i < request.milestones().size(); i++) {
            Milestone milestone = request.milestones().get(i);
            if (milestone.title() == null || milestone.title().isBlank()) {
                errors.add(new FieldError("milestones[" + i + "].title", "must not be blank"));
            }
        }
        if (request.reviewTime() != null && (request.reviewTime().isNegative() || request.reviewTime().isZero())) {
            errors.add(new FieldError("reviewTime", "must be a positive duration such as P3D"));
        }
        return errors;
    }

    private static final Pattern GROUP_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Each group has a code (unique within the plan, as a plan id is written), a name and members, each listed once. */
    private static void checkGroups(List<UnitGroup> groups, List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            UnitGroup group = groups.get(i);
            String field = "groups[" + i + "]";
            if (group.code() == null || !GROUP_CODE.matcher(group.code()).matches() || group.code().length() > 64) {
                errors.add(new FieldError(field + ".code", "a group code is lower-case words joined by '-', such as quan-ly-cap-huyen, not "
                        + group.code()));
            } else if (!codes.add(group.code())) {
                errors.add(new FieldError(field + ".code", "a second group with the code " + group.code()));
            }
            if (group.name() == null || group.name().isBlank() || group.name().length() > 300) {
                errors.add(new FieldError(field + ".name", "a group is named for people, such as \"Đơn vị do huyện quản lý\""));
            }
            if (group.unitCodes().isEmpty()) {
                errors.add(new FieldError(field + ".unitCodes", "a group has at least one unit"));
            }
            Set<String> members = new HashSet<>();
            for (int j = 0; j < group.unitCodes().size(); j++) {
                String code = group.unitCodes().get(j);
                if (code == null || !members.add(code)) {
                    errors.add(new FieldError(field + ".unitCodes[" + j + "]", "unit " + code + " is listed twice (or is empty)"));
                }
            }
        }
    }

    /**
     * Every member of every group is an expected unit of the plan: checked against the units the participants select when a
     * draft is written, and against the fixed list when the plan is issued.
     */
    void checkGroupMembers(List<UnitGroup> groups, List<ExpectedUnit> expected, List<FieldError> errors) {
        Set<String> codes = new HashSet<>();
        expected.forEach(unit -> codes.add(unit.code()));
        for (int i = 0; i < groups.size(); i++) {
            List<String> members = groups.get(i).unitCodes();
            for (int j = 0; j < members.size(); j++) {
                if (members.get(j) != null && !codes.contains(members.get(j))) {
                    errors.add(new FieldError("groups[" + i + "].unitCodes[" + j + "]", "unit " + members.get(j)
                            + " is not an expected unit of the plan (its participants do not select it)"));
                }
            }
        }
    }

    private static void checkChains(List<ReviewChain> chains, List<FieldError> errors) {
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < chains.size(); i++) {
            ReviewChain chain = chains.get(i);
            String field = "reviewChains[" + i + "]";
            if (kind(chain.unitKind()) == null) {
                errors.add(new FieldError(field + ".unitKind", "unknown kind of unit " + chain.unitKind()));
            } else if (!kinds.add(chain.unitKind())) {
                errors.add(new FieldError(field + ".unitKind", "a second chain for " + chain.unitKind()));
            }
            if (chain.levels().isEmpty()) {
                errors.add(new FieldError(field + ".levels", "at least one level reviews"));
            }
            for (int j = 0; j < chain.levels().size(); j++) {
                UnitKind level = kind(chain.levels().get(j));
                if (level == null || !level.administrative()) {
                    errors.add(new FieldError(field + ".levels[" + j + "]", "a review level is an administrative kind"
                            + " (DISTRICT, PROVINCE...), not " + chain.levels().get(j)));
                }
            }
        }
    }

    /**
     * A plan issued on or after 1/7/2025 reviews without a district: no level of its chains may be one (commune →
     * province, agency → province).
     */
    static void checkLevelsExistOn(List<ReviewChain> chains, LocalDate day, List<FieldError> errors) {
        if (!LocalGovernment.twoLevelsOn(day)) {
            return;
        }
        for (int i = 0; i < chains.size(); i++) {
            List<String> levels = chains.get(i).levels();
            for (int j = 0; j < levels.size(); j++) {
                if (UnitKind.DISTRICT.name().equals(levels.get(j))) {
                    errors.add(new FieldError("reviewChains[" + i + "].levels[" + j + "]", "there is no district level from "
                            + LocalGovernment.TWO_LEVELS_SINCE + " (two-level local government): a plan issued on "
                            + day + " is reviewed by the province (e.g. COMMUNE → [PROVINCE])"));
                }
            }
        }
    }

    static UnitKind kind(String name) {
        if (name == null) {
            return null;
        }
        for (UnitKind kind : UnitKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
