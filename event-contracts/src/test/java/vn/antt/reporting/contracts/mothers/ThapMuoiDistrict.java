package vn.antt.reporting.contracts.mothers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.IndicatorType;
import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.Qualifier;

/**
 * Seed 003's shape: huyện Tháp Mười (Đồng Tháp, GSO 872) classifies its 163 units for 2023 — 13 communes (its
 * real GSO codes), 74 hamlets (ấp, khóm), 15 agencies (12 of the district, 3 managed by the province), 28
 * enterprises, 20 schools and a health station for each commune. Their figures give exactly the seed's
 * "149/163 Xuất sắc, 13/163 Khá (01 xã, 03 cơ quan, 09 doanh nghiệp), 01 Trung bình (ấp 5, xã Mỹ Hòa)", safe
 * standard "149/150 (đạt 99,33%)" (every unit but the health stations, ấp 5 not safe), "63/73 (đạt 86,3%)" Xuất
 * sắc among the 73 units the district manages (its communes, agencies, enterprises and schools) and social-order
 * crimes "giảm 8,1% so với cùng kỳ năm 2022 (34/37 vụ)", reported by the communes.
 */
public final class ThapMuoiDistrict {

    public static final String DONG_THAP = "87";
    public static final String THAP_MUOI = "872";
    public static final String MY_HOA = "30052";
    /** Ấp 5, xã Mỹ Hòa: the one unit classified Trung bình, and not safe. */
    public static final String AP_5_MY_HOA = "30052-A05";
    /** The group of the units the district manages, "thuộc thẩm quyền quản lý của huyện". */
    public static final String MANAGED_BY_DISTRICT = "quan-ly-cap-huyen";
    public static final String MANAGED_BY_DISTRICT_NAME = "Đơn vị do huyện quản lý";

    public static final String CLASSIFICATION = "movement.classification";
    public static final String SAFE_STANDARD = "safe-standard";
    public static final String CRIMES = "crimes.social-order";
    public static final List<String> CATEGORIES = List.of("Xuất sắc", "Khá", "Trung bình", "Yếu");

    private static final String[][] COMMUNES = {
            {"30037", "Thị trấn Mỹ An"}, {"30040", "Xã Thạnh Lợi"}, {"30043", "Xã Hưng Thạnh"}, {"30046", "Xã Trường Xuân"},
            {"30049", "Xã Tân Kiều"}, {MY_HOA, "Xã Mỹ Hòa"}, {"30055", "Xã Mỹ Quý"}, {"30058", "Xã Mỹ Đông"},
            {"30061", "Xã Đốc Binh Kiều"}, {"30064", "Xã Mỹ An"}, {"30067", "Xã Phú Điền"}, {"30070", "Xã Láng Biển"},
            {"30073", "Xã Thanh Mỹ"}};
    /** Social-order crimes per commune, in the order above: 34 in 2023, 37 in 2022. */
    private static final int[] CRIMES_2023 = {3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2};
    private static final int[] CRIMES_2022 = {3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2};
    private static final String[] DISTRICT_AGENCIES = {"Văn phòng HĐND và UBND huyện", "Phòng Nội vụ", "Phòng Tư pháp",
            "Phòng Tài chính - Kế hoạch", "Phòng Kinh tế và Hạ tầng", "Phòng Nông nghiệp và Phát triển nông thôn",
            "Phòng Tài nguyên và Môi trường", "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin",
            "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Thanh tra huyện"};
    /** Vertically managed: in the district, not managed by it; all three Khá. */
    private static final String[] PROVINCIAL_AGENCIES = {"Chi cục Thuế khu vực Tháp Mười", "Kho bạc Nhà nước Tháp Mười",
            "Bảo hiểm xã hội huyện Tháp Mười"};
    private static final int ENTERPRISES = 28;
    private static final int ENTERPRISES_KHA = 9;
    private static final int SCHOOLS = 20;

    /** Where the units hang. */
    public enum Layout {
        /** every unit directly under the district */
        FLAT,
        /** each health station under its commune (as the directory has them) */
        HEALTH_STATIONS_UNDER_COMMUNES,
        /** hamlets and health stations under their commune */
        NESTED_UNDER_COMMUNES
    }

    private ThapMuoiDistrict() {
    }

    /** The 163 expected units, communes first. */
    public static List<ExpectedUnit> units(Layout layout) {
        List<String> district = List.of(DONG_THAP, THAP_MUOI);
        List<ExpectedUnit> units = new ArrayList<>();
        for (String[] commune : COMMUNES) {
            units.add(new ExpectedUnit(commune[0], commune[1], "COMMUNE", district));
        }
        for (int c = 0; c < COMMUNES.length; c++) {
            String[] commune = COMMUNES[c];
            List<String> ancestry = layout == Layout.NESTED_UNDER_COMMUNES ? under(commune[0]) : district;
            boolean town = commune[1].startsWith("Thị trấn");
            for (int h = 1; h <= (c < 9 ? 6 : 5); h++) {
                units.add(new ExpectedUnit(commune[0] + (town ? "-K" : "-A") + String.format("%02d", h),
                        (town ? "Khóm " : "Ấp ") + h + ", " + commune[1].toLowerCase().charAt(0) + commune[1].substring(1),
                        "HAMLET", ancestry));
            }
        }
        for (int a = 0; a < DISTRICT_AGENCIES.length; a++) {
            units.add(new ExpectedUnit(String.format("872-CQ-%02d", a + 1), DISTRICT_AGENCIES[a] + " Tháp Mười", "AGENCY", district));
        }
        for (int a = 0; a < PROVINCIAL_AGENCIES.length; a++) {
            units.add(new ExpectedUnit(String.format("872-CQT-%02d", a + 1), PROVINCIAL_AGENCIES[a], "AGENCY", district));
        }
        for (int e = 1; e <= ENTERPRISES; e++) {
            units.add(new ExpectedUnit(String.format("872-DN-%02d", e), String.format("Doanh nghiệp Tháp Mười số %02d", e),
                    "ENTERPRISE", district));
        }
        for (int s = 1; s <= SCHOOLS; s++) {
            units.add(new ExpectedUnit(String.format("872-TH-%02d", s), String.format("Trường Tiểu học Tháp Mười %02d", s),
                    "SCHOOL", district));
        }
        for (String[] commune : COMMUNES) {
            units.add(new ExpectedUnit(commune[0] + "-TYT", "Trạm Y tế " + commune[1].toLowerCase().charAt(0) + commune[1].substring(1),
                    "HEALTH_STATION", layout == Layout.FLAT ? district : under(commune[0])));
        }
        return units;
    }

    /** The 73 units the district manages: its communes, its 12 agencies, the enterprises and the schools. */
    public static List<String> managedByDistrict() {
        return units(Layout.FLAT).stream()
                .filter(u -> u.kind().equals("COMMUNE") || u.code().startsWith("872-CQ-") || u.code().startsWith("872-DN-")
                        || u.code().startsWith("872-TH-"))
                .map(ExpectedUnit::code).toList();
    }

    /** Each unit's figures of 2023 (codes are the same in every layout). */
    public static Map<String, List<FigureValue>> figures2023() {
        Map<String, List<FigureValue>> figures = new LinkedHashMap<>();
        for (ExpectedUnit unit : units(Layout.FLAT)) {
            List<FigureValue> own = new ArrayList<>();
            own.add(classified(unit.code().equals(AP_5_MY_HOA) ? "Trung bình" : rankedKha(unit.code()) ? "Khá" : "Xuất sắc"));
            if (!unit.kind().equals("HEALTH_STATION")) {
                own.add(new FigureValue(SAFE_STANDARD, Qualifier.EXACT, unit.code().equals(AP_5_MY_HOA) ? BigDecimal.ZERO : BigDecimal.ONE,
                        BigDecimal.ONE, Map.of()));
            }
            figures.put(unit.code(), own);
        }
        for (int c = 0; c < COMMUNES.length; c++) {
            figures.get(COMMUNES[c][0]).add(FigureValue.exact(CRIMES, CRIMES_2023[c]));
        }
        return figures;
    }

    /** The communes' social-order crimes of 2022 (the comparison plan). */
    public static Map<String, List<FigureValue>> figures2022() {
        Map<String, List<FigureValue>> figures = new LinkedHashMap<>();
        for (int c = 0; c < COMMUNES.length; c++) {
            figures.put(COMMUNES[c][0], List.of(FigureValue.exact(CRIMES, CRIMES_2022[c])));
        }
        return figures;
    }

    /** The indicators of the evaluation: the classification, the safe standard, the crimes. */
    public static List<Indicator> indicators() {
        return List.of(
                new Indicator(CLASSIFICATION, "II", "Phân loại phong trào toàn dân bảo vệ ANTQ", IndicatorType.CLASSIFICATION,
                        "đơn vị", null, CATEGORIES, false),
                new Indicator(SAFE_STANDARD, "II", "Đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"", IndicatorType.RATIO,
                        "đơn vị", "đơn vị", List.of(), false),
                new Indicator(CRIMES, "II", "Tội phạm về trật tự xã hội", IndicatorType.COUNT, "vụ", null, List.of(), false));
    }

    /**
     * The district's plan of the year (2023, or 2022 for the comparison) over the 163 units: every kind is reviewed by
     * the district, then the province; its group {@link #MANAGED_BY_DISTRICT} names the 73 units the district manages.
     */
    public static PlanMother plan(String planId, int year, Layout layout) {
        PlanMother plan = PlanMother.plan119().id(planId)
                .issuedBy(year == 2023 ? "22/KH-BCĐ138" : "15/KH-BCĐ138", DONG_THAP, "Ban Chỉ đạo 138 tỉnh Đồng Tháp",
                        "Thường trực Ban Chỉ đạo 138/ĐP tỉnh")
                .period(LocalDate.of(year, 1, 1), LocalDate.of(year, 11, 15))
                .deadline(Instant.parse(year + "-11-24T17:00:00Z"))
                .expected(units(layout))
                .group(MANAGED_BY_DISTRICT, MANAGED_BY_DISTRICT_NAME, managedByDistrict());
        for (String kind : List.of("COMMUNE", "HAMLET", "AGENCY", "ENTERPRISE", "SCHOOL", "HEALTH_STATION")) {
            plan.chain(kind, "DISTRICT", "PROVINCE");
        }
        return plan;
    }

    private static List<String> under(String commune) {
        return List.of(DONG_THAP, THAP_MUOI, commune);
    }

    /** Khá: xã Mỹ Hòa, the three provincial agencies and the first nine enterprises. */
    private static boolean rankedKha(String code) {
        return code.equals(MY_HOA) || code.startsWith("872-CQT-")
                || (code.startsWith("872-DN-") && Integer.parseInt(code.substring(7)) <= ENTERPRISES_KHA);
    }

    private static FigureValue classified(String category) {
        return new FigureValue(CLASSIFICATION, Qualifier.EXACT, BigDecimal.ONE, null, Map.of(category, BigDecimal.ONE));
    }
}
