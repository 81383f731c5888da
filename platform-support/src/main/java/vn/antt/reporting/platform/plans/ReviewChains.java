package vn.antt.reporting.platform.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.ReviewChain;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.directory.DirectoryLagException;
import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;

/**
 * Resolves the reviewing units of a report: the plan's chain for the unit's kind names kinds of
 * levels (DISTRICT, PROVINCE); at each level the reviewer is the unit's ancestor of that kind. A level with
 * no such ancestor (no district after the reform of 1/7/2025) is skipped; a kind without a chain goes to
 * the plan's recipient. A unit never reviews itself: the top unit's own report has no level and is final
 * when submitted. The one definition of who reviews whom: review-service opens its cases with it, notification-service
 * tells the next level that a report arrived for its review.
 */
public class ReviewChains {

    private final UnitDirectory directory;

    public ReviewChains(UnitDirectory directory) {
        this.directory = directory;
    }

    public List<ReviewLevel> levelsOf(PlanPublished plan, UnitRef unit) {
        Optional<ReviewChain> chain = plan.reviewChains().stream().filter(c -> c.unitKind().equals(unit.kind())).findFirst();
        List<ReviewLevel> levels = new ArrayList<>();
        if (chain.isEmpty()) {
            if (!plan.recipientUnitCode().equals(unit.code())) {
                levels.add(new ReviewLevel(1, plan.recipientUnitCode(), "RECIPIENT"));
            }
            return levels;
        }
        for (String kind : chain.get().levels()) {
            for (String ancestor : unit.ancestry()) {
                DirectoryUnit known = directory.find(ancestor)
                        .orElseThrow(() -> new DirectoryLagException("Unit " + ancestor + " (an ancestor of " + unit.code()
                                + ") is not in this service's directory yet"));
                if (kind.equals(known.kind())) {
                    levels.add(new ReviewLevel(levels.size() + 1, ancestor, kind));
                    break;
                }
            }
        }
        return levels;
    }
}
