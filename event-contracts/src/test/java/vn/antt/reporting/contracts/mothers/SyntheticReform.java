package vn.antt.reporting.contracts.mothers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.contracts.planning.UnitChanged.Predecessor;
import vn.antt.reporting.contracts.submission.UnitRef;

/**
 * A small synthetic reform of Huyện Sơn Tịnh's communes (their pre-reform codes and names, as in the demo directory):
 * two communes merged into one new commune that reuses one of their codes, one commune split between two new ones, and
 * names the merger map gives that match no unit. planning-service imports {@link #TWO_LEVEL_LIST} over the demo
 * directory and must publish {@link #newUnits()}; aggregation-service's comparisons across the reform are checked on
 * those events, with figures computed by hand. None of these codes is used by the other mothers.
 *
 * <ul>
 *   <li>Xã Hiệp Bình (new, code {@value #HIEP_BINH} reused from Xã Tịnh Hiệp) ← Xã Tịnh Hiệp, Xã Tịnh Bình;</li>
 *   <li>Xã Giang Minh ({@value #GIANG_MINH}) ← the remainder of Xã Tịnh Giang ("phần còn lại …": its figure counts here);</li>
 *   <li>Xã Đông Giang ({@value #DONG_GIANG}) ← Xã Tịnh Giang (the part not counted here) and "Xã Tịnh Không", which no
 *       unit is named (unresolved);</li>
 *   <li>Xã Minh Long ({@value #MINH_LONG}) ← "Xã Tịnh Mới", which no unit is named: no predecessor until an administrator
 *       links it by hand to Xã Tịnh Minh ({@link #minhLongAfterFix()}).</li>
 * </ul>
 */
public final class SyntheticReform {

    public static final LocalDate BEFORE_ISSUED = LocalDate.of(2025, 5, 20);
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    public static final LocalDate AFTER_ISSUED = LocalDate.of(2026, 1, 15);
    private static final LocalDate GSO_LIST_DATE = LocalDate.of(2025, 3, 1);

    public static final String TINH_HIEP = "21184";
    public static final String TINH_BINH = "21193";
    public static final String TINH_GIANG = "21226";
    public static final String TINH_MINH = "21229";
    public static final String HIEP_BINH = TINH_HIEP;
    public static final String HIEP_BINH_KEY = UnitChanged.laterVersionKey(HIEP_BINH, REFORM);
    public static final String GIANG_MINH = "21991";
    public static final String DONG_GIANG = "21992";
    public static final String MINH_LONG = "21993";

    /** The two-level list (shape of dvhcvn-2025.json) of Quảng Ngãi with the four new communes. */
    public static final String TWO_LEVEL_LIST = """
            {"provinces": [{"code": "51", "name": "Tỉnh Quảng Ngãi", "type": "Tỉnh", "predecessors": "Tỉnh Quảng Ngãi",
              "communes": [
                {"code": "%s", "name": "Xã Hiệp Bình", "type": "Xã", "predecessors": "Xã Tịnh Hiệp, Xã Tịnh Bình"},
                {"code": "%s", "name": "Xã Giang Minh", "type": "Xã",
                 "predecessors": "Xã Tịnh Giang (phần còn lại sau khi sáp nhập vào xã Đông Giang)"},
                {"code": "%s", "name": "Xã Đông Giang", "type": "Xã", "predecessors": "Xã Tịnh Giang, Xã Tịnh Không"},
                {"code": "%s", "name": "Xã Minh Long", "type": "Xã", "predecessors": "Xã Tịnh Mới"}]}]}
            """.formatted(HIEP_BINH, GIANG_MINH, DONG_GIANG, MINH_LONG);

    private SyntheticReform() {
    }

    private static UnitRef before(String code, String name) {
        return new UnitRef(code, name, "COMMUNE", List.of(Units.QUANG_NGAI, Units.SON_TINH));
    }

    private static UnitRef after(String code, String name) {
        return new UnitRef(code, name, "COMMUNE", List.of(Units.QUANG_NGAI));
    }

    public static UnitRef tinhHiep() {
        return before(TINH_HIEP, "Xã Tịnh Hiệp");
    }

    public static UnitRef tinhBinh() {
        return before(TINH_BINH, "Xã Tịnh Bình");
    }

    public static UnitRef tinhGiang() {
        return before(TINH_GIANG, "Xã Tịnh Giang");
    }

    public static UnitRef tinhMinh() {
        return before(TINH_MINH, "Xã Tịnh Minh");
    }

    public static UnitRef hiepBinh() {
        return after(HIEP_BINH, "Xã Hiệp Bình");
    }

    public static UnitRef giangMinh() {
        return after(GIANG_MINH, "Xã Giang Minh");
    }

    public static UnitRef dongGiang() {
        return after(DONG_GIANG, "Xã Đông Giang");
    }

    public static UnitRef minhLong() {
        return after(MINH_LONG, "Xã Minh Long");
    }

    /** The four pre-reform communes as the directory has them before the reform (first versions). */
    public static List<UnitChanged> oldUnits() {
        return List.of(tinhHiep(), tinhBinh(), tinhGiang(), tinhMinh()).stream()
                .map(u -> new UnitChanged(u.code(), u.name(), "Xã", "COMMUNE", Units.SON_TINH, GSO_LIST_DATE, null, 1))
                .toList();
    }

    /** Xã Tịnh Hiệp's version ends on 30/6/2025 (its code names Xã Hiệp Bình from 1/7/2025). */
    public static UnitChanged tinhHiepClosed() {
        return new UnitChanged(TINH_HIEP, "Xã Tịnh Hiệp", "Xã", "COMMUNE", Units.SON_TINH, GSO_LIST_DATE, REFORM, 2);
    }

    /**
     * The new communes with their predecessors and attribution, as planning-service publishes them after importing
     * {@link #TWO_LEVEL_LIST} (revision 2: created, then given their predecessors). Xã Tịnh Giang is counted in Xã Giang
     * Minh, which received its remainder.
     */
    public static List<UnitChanged> newUnits() {
        return List.of(
                unit(HIEP_BINH, "Xã Hiệp Bình", HIEP_BINH_KEY, 2, List.of(
                        new Predecessor(TINH_HIEP, TINH_HIEP, false, HIEP_BINH_KEY),
                        new Predecessor(TINH_BINH, TINH_BINH, false, HIEP_BINH_KEY))),
                unit(GIANG_MINH, "Xã Giang Minh", GIANG_MINH, 2, List.of(
                        new Predecessor(TINH_GIANG, TINH_GIANG, true, GIANG_MINH))),
                unit(DONG_GIANG, "Xã Đông Giang", DONG_GIANG, 2, List.of(
                        new Predecessor(TINH_GIANG, TINH_GIANG, false, GIANG_MINH))),
                unit(MINH_LONG, "Xã Minh Long", MINH_LONG, 1, List.of()));
    }

    /** Xã Minh Long after an administrator linked it by hand to Xã Tịnh Minh (a new revision, republished). */
    public static UnitChanged minhLongAfterFix() {
        return unit(MINH_LONG, "Xã Minh Long", MINH_LONG, 2, List.of(new Predecessor(TINH_MINH, TINH_MINH, false, MINH_LONG)));
    }

    private static UnitChanged unit(String code, String name, String key, long revision, List<Predecessor> predecessors) {
        return new UnitChanged(code, name, "Xã", "COMMUNE", Units.QUANG_NGAI, REFORM, null, revision, key, predecessors);
    }

    /** A plan issued before the reform (20/5/2025, period 2025) expecting the four pre-reform communes. */
    public static PlanMother planBefore(String planId) {
        return PlanMother.plan119().id(planId).issuedOn(BEFORE_ISSUED)
                .period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 30))
                .expected(List.of(PlanMother.unit(tinhHiep()), PlanMother.unit(tinhBinh()), PlanMother.unit(tinhGiang()),
                        PlanMother.unit(tinhMinh())));
    }

    /** A plan issued after the reform comparing with {@code beforeId}: the four new communes, commune → province. */
    public static PlanMother planAfter(String planId, String beforeId) {
        return PlanMother.plan119().id(planId).issuedOn(AFTER_ISSUED).comparedWith(beforeId)
                .issuedBy("06/KH-UBND", Units.QUANG_NGAI, "Ủy ban nhân dân tỉnh Quảng Ngãi", "Công an tỉnh (qua Phòng An ninh kinh tế)")
                .period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 30))
                .deadline(Instant.parse("2026-05-09T17:00:00Z"))
                .expected(List.of(PlanMother.unit(hiepBinh()), PlanMother.unit(giangMinh()), PlanMother.unit(dongGiang()),
                        PlanMother.unit(minhLong())))
                .twoLevelChain();
    }
}
