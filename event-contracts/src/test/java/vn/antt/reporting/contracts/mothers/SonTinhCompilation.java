package vn.antt.reporting.contracts.mothers;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;
import vn.antt.reporting.contracts.submission.UnitRef;

/**
 * The same reports fed to review-service's compilation and to aggregation-service's roll-up of huyện Sơn Tịnh:
 * Tịnh Sơn "hơn 100 lượt", its health station (under the commune) 4, Tịnh Hà 50. Both must say "hơn 154 lượt".
 */
public final class SonTinhCompilation {

    public static final String SESSIONS = "propaganda.sessions";
    public static final BigDecimal TOTAL = BigDecimal.valueOf(154);

    private SonTinhCompilation() {
    }

    public static Map<UnitRef, List<FigureValue>> reports() {
        Map<UnitRef, List<FigureValue>> reports = new LinkedHashMap<>();
        reports.put(Units.tinhSon(), List.of(new FigureValue(SESSIONS, Qualifier.MORE_THAN, BigDecimal.valueOf(100), null, Map.of())));
        reports.put(Units.tinhSonHealthStation(), List.of(FigureValue.exact(SESSIONS, 4)));
        reports.put(Units.tinhHa(), List.of(FigureValue.exact(SESSIONS, 50)));
        return reports;
    }

    /** Plan 119 expecting these units and the district, every kind reviewed by the district, then the province. */
    public static PlanMother plan() {
        return PlanMother.plan119()
                .expected(List.of(PlanMother.unit(Units.tinhSon()), PlanMother.unit(Units.tinhSonHealthStation()),
                        PlanMother.unit(Units.tinhHa()), PlanMother.unit(Units.sonTinh())))
                .chain("DISTRICT", "PROVINCE").chain("HEALTH_STATION", "DISTRICT", "PROVINCE");
    }
}
