package vn.antt.reporting.review.compilation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.ReviewRoute;
import vn.antt.reporting.contracts.submission.FigureSums;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.plans.Plans;
import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.review.access.ReviewAccess;
import vn.antt.reporting.review.reviewcase.ReviewCase;
import vn.antt.reporting.review.reviewcase.ReviewCaseNotFoundException;
import vn.antt.reporting.platform.plans.ReviewChains;
import vn.antt.reporting.platform.plans.ReviewLevel;
import vn.antt.reporting.review.reviewcase.ReviewState;

/**
 * Compiles upward. A level sums the sub-units it reviews directly: a unit whose chain passes through
 * another compiling unit first (a commune under a district that has its own report) is counted by that
 * unit's report, never twice. Which reports are compilations is {@link ReviewRoute}'s rule, the one the
 * roll-ups of aggregation-service sum by, so a district's compiled report and its roll-up agree.
 */
@Service
public class CompilationService {

    private final MongoTemplate mongo;
    private final Plans plans;
    private final ReviewChains chains;
    private final ReviewAccess access;

    CompilationService(MongoTemplate mongo, Plans plans, ReviewChains chains, ReviewAccess access) {
        this.access = access;
        this.mongo = mongo;
        this.plans = plans;
        this.chains = chains;
    }

    public CompiledReport compile(Caller caller, String planId, String unitCode) {
        access.requireCompilerOf(caller, unitCode);
        PlanPublished plan = plans.find(planId).orElseThrow(() -> new ReviewCaseNotFoundException(planId, unitCode));
        access.requireCompilerOf(caller, unitCode, plan.letter().issuedOn());
        Set<String> compiling = ReviewRoute.compilingUnits(plan);
        Map<String, ReviewCase> cases = new HashMap<>();
        mongo.find(Query.query(Criteria.where("planId").is(planId)), ReviewCase.class).forEach(c -> cases.put(c.unit().code(), c));

        List<CompiledReport.IncludedUnit> included = new ArrayList<>();
        List<CompiledReport.MissingUnit> missing = new ArrayList<>();
        List<FigureValue> figures = new ArrayList<>();
        List<ReviewCase> includedCases = new ArrayList<>();
        for (ExpectedUnit unit : plan.expectedUnits()) {
            if (unit.code().equals(unitCode) || !unit.ancestry().contains(unitCode)) {
                continue;
            }
            ReviewCase c = cases.get(unit.code());
            List<ReviewLevel> levels = c != null ? c.levels()
                    : chains.levelsOf(plan, new UnitRef(unit.code(), unit.name(), unit.kind(), unit.ancestry()));
            if (!ReviewRoute.compiledDirectlyBy(compiling, levels.stream().map(ReviewLevel::route).toList(), unitCode)) {
                continue;
            }
            if (c != null && c.acceptedBy().contains(unitCode)) {
                included.add(new CompiledReport.IncludedUnit(unit.code(), unit.name(), c.version(), c.submissionId(), c.figures()));
                figures.addAll(c.figures());
                includedCases.add(c);
            } else {
                missing.add(new CompiledReport.MissingUnit(unit.code(), unit.name(), c == null ? ReviewState.AWAITING_SUBMISSION : c.state()));
            }
        }
        Set<String> percentages = plans.outlineOf(plan)
                .map(o -> o.indicators().stream().filter(i -> i.type() == IndicatorType.PERCENTAGE).map(i -> i.code())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        List<CompiledReport.Section> sections = CompiledSections.of(plans.outlineOf(plan)
                .orElse(null), includedCases);
        return new CompiledReport(planId, unitCode, included, missing, FigureSums.sum(figures, percentages), sections);
    }
}
