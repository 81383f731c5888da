package vn.antt.reporting.contracts.mothers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.ReportSection;
import vn.antt.reporting.contracts.submission.ReportSubmitted;
import vn.antt.reporting.contracts.submission.UnitRef;

/**
 * The demo across the reform (profile demo-2026) from its own files ({@link DemoFiles}): the 96 communes of Tỉnh Quảng
 * Ngãi from 1/7/2025 and the demo's reports as the events submission-service publishes for them.
 */
public final class DemoReformMother {

    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private DemoReformMother() {
    }

    /** The communes of the province in force from 1/7/2025, as a plan issued after it expects them. */
    public static List<ExpectedUnit> communes2025() {
        List<ExpectedUnit> communes = new ArrayList<>();
        for (JsonNode province : DemoFiles.tree(DemoFiles.QUANG_NGAI_2025).path("provinces").valueStream().toList()) {
            String code = province.path("code").asString();
            for (JsonNode commune : province.path("communes").valueStream().toList()) {
                communes.add(new ExpectedUnit(commune.path("code").asString(), commune.path("name").asString(), "COMMUNE",
                        List.of(code)));
            }
        }
        return communes;
    }

    /** Directory events of some of those communes: each code's version from 1/7/2025, directly under the province. */
    public static List<UnitChanged> directory2025(List<String> codes) {
        List<UnitChanged> events = new ArrayList<>();
        for (JsonNode province : DemoFiles.tree(DemoFiles.QUANG_NGAI_2025).path("provinces").valueStream().toList()) {
            for (JsonNode commune : province.path("communes").valueStream().toList()) {
                String code = commune.path("code").asString();
                if (codes.contains(code)) {
                    events.add(new UnitChanged(code, commune.path("name").asString(), commune.path("type").asString(), "COMMUNE",
                            province.path("code").asString(), REFORM, null, 1, UnitChanged.laterVersionKey(code, REFORM)));
                }
            }
        }
        return events;
    }

    /**
     * The demo's reports for plan {@code demoPlanId} as version 1 of each unit in {@code plan} (a test's copy of the demo
     * plan, which expects the units): figures, qualifiers and sections as the files give them.
     */
    public static List<ReportSubmitted> reports(String demoPlanId, PlanPublished plan) {
        List<ReportSubmitted> events = new ArrayList<>();
        for (JsonNode report : DemoFiles.tree(DemoFiles.REPORTS_REFORM).valueStream().toList()) {
            if (!report.path("planId").asString().equals(demoPlanId)) {
                continue;
            }
            String code = report.path("unitCode").asString();
            ExpectedUnit unit = plan.expectedUnits().stream().filter(u -> u.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(code + " is not expected by " + plan.planId()));
            List<FigureValue> figures = new ArrayList<>();
            for (JsonNode figure : report.path("figures").valueStream().toList()) {
                figures.add(new FigureValue(figure.path("indicator").asString(), Qualifier.valueOf(figure.path("qualifier").asString()),
                        new BigDecimal(figure.path("amount").asString()),
                        figure.path("secondAmount").isNumber() ? new BigDecimal(figure.path("secondAmount").asString()) : null, Map.of()));
            }
            List<ReportSection> sections = new ArrayList<>();
            for (JsonNode section : report.path("sections").valueStream().toList()) {
                sections.add(new ReportSection(section.path("number").asString(), section.path("text").asString()));
            }
            events.add(ReportSubmittedMother.aReportSubmitted().plan(plan.planId())
                    .unit(new UnitRef(unit.code(), unit.name(), unit.kind(), unit.ancestry())).version(1)
                    .submissionId(plan.planId() + ":" + code + ":1").figures(figures).sections(sections).build());
        }
        return events;
    }
}
