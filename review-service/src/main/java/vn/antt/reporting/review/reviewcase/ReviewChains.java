package vn.antt.reporting.review.reviewcase;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.ReviewRoute;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;

/**
 * Resolves the reviewing units of a report by the plan's chains ({@link ReviewRoute#levelsOf}, the definition the
 * roll-ups and the deadline alerts of aggregation-service share), with the kinds of the unit's ancestors from this
 * service's directory: an ancestor not in it yet is a {@link DirectoryLagException} (the event is retried).
 */
@Component
public class ReviewChains {

    private final UnitDirectory directory;

    ReviewChains(UnitDirectory directory) {
        this.directory = directory;
    }

    public List<ReviewLevel> levelsOf(PlanPublished plan, UnitRef unit) {
        return ReviewRoute.levelsOf(plan, unit.code(), unit.kind(), unit.ancestry(), ancestor -> directory.find(ancestor)
                        .map(DirectoryUnit::kind)
                        .orElseThrow(() -> new DirectoryLagException("Unit " + ancestor + " (an ancestor of " + unit.code()
                                + ") is not in this service's directory yet")))
                .stream().map(l -> new ReviewLevel(l.level(), l.unitCode(), l.kind())).toList();
    }
}
