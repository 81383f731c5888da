package vn.antt.reporting.review.compilation;

import java.util.ArrayList;
import java.util.List;

import vn.antt.reporting.contracts.planning.OutlinePublished;
import vn.antt.reporting.contracts.planning.OutlineSection;
import vn.antt.reporting.contracts.submission.ReportSection;
import vn.antt.reporting.review.reviewcase.ReviewCase;

/** The sub-units' narrative, gathered per section of the plan's outline, in the outline's order. */
final class CompiledSections {

    private CompiledSections() {
    }

    /**
     * @param outline  the plan's outline version (null when this service does not know it yet: no sections)
     * @param included the cases of the sub-units in the compilation, in the order their contributions are listed
     */
    static List<CompiledReport.Section> of(OutlinePublished outline, List<ReviewCase> included) {
        if (outline == null) {
            return List.of();
        }
        List<CompiledReport.Section> sections = new ArrayList<>();
        for (OutlineSection section : outline.sections()) {
            List<CompiledReport.Contribution> contributions = new ArrayList<>();
            for (ReviewCase c : included) {
                c.sections().stream()
                        .filter(written -> written.number().equals(section.number()) && written.text() != null && !written.text().isBlank())
                        .map(ReportSection::text)
                        .findFirst()
                        .ifPresent(text -> contributions.add(new CompiledReport.Contribution(c.unit().code(), c.unit().name(),
                                c.version(), text)));
            }
            sections.add(new CompiledReport.Section(section.number(), section.title(), List.copyOf(contributions)));
        }
        return List.copyOf(sections);
    }

    /** A section's text for the level's own draft: each sub-unit's text in order, under its name. */
    static String draftText(CompiledReport.Section section) {
        return String.join("\n\n", section.contributions().stream().map(c -> c.unitName() + ":\n" + c.text()).toList());
    }
}
