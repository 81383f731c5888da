package vn.antt.reporting.review.compilation;

import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.review.reviewcase.ReviewState;

/**
 * A pre-filled draft of an intermediate level's own report: its figures are the sums over the sub-units this
 * level accepted, qualifiers kept. The level completes it in its own words and saves it as its draft in
 * submission-service ({@code PUT /api/drafts/{planId}/{unitCode}} with these figures), then submits it.
 *
 * @param included the sub-units whose accepted version is in the sums
 * @param missing  the sub-units not (yet) accepted by this level, with where they stand
 * @param figures  one value per indicator; percentages are left out (they do not add up)
 * @param sections every section of the plan's outline in the outline's order, with what each included sub-unit wrote
 *                 there (in the order of {@code included}; sub-units that wrote nothing there are left out)
 */
public record CompiledReport(String planId, String unitCode, List<IncludedUnit> included, List<MissingUnit> missing,
                             List<FigureValue> figures, List<Section> sections) {

    /** One outline section: its number, its heading as the outline writes it, and who wrote what under it. */
    public record Section(String number, String heading, List<Contribution> contributions) {
    }

    /** What one sub-unit wrote under a section, in the version this level accepted. */
    public record Contribution(String unitCode, String unitName, int version, String text) {
    }

    /** @param figures the figures of the accepted version, as the unit reported them (the appendix's row of the unit) */
    public record IncludedUnit(String unitCode, String name, int version, String submissionId, List<FigureValue> figures) {

        public IncludedUnit {
            figures = ImmutableLists.copyOrEmpty(figures);
        }
    }

    public record MissingUnit(String unitCode, String name, ReviewState state) {
    }
}
