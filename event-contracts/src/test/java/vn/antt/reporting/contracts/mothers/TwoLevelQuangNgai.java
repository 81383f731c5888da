package vn.antt.reporting.contracts.mothers;

import java.time.LocalDate;
import java.util.List;

import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.contracts.submission.UnitRef;

/**
 * Quảng Ngãi after the reform of 1/7/2025 (codes and names of the two-level list): two of its 96 communes, directly
 * under the province, and a plan of 2026 that reviews commune → province. Their codes are none of {@link Units}' so
 * that a test's directory keeps the pre-reform units of the other tests as they are.
 */
public final class TwoLevelQuangNgai {

    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    public static final LocalDate ISSUED_2026 = LocalDate.of(2026, 1, 15);
    /** Xã Ba Gia: Xã Tịnh Bắc, Xã Tịnh Hiệp, Xã Tịnh Trà. */
    public static final String BA_GIA = "21205";
    /** Xã Trường Giang: Xã Tịnh Giang, Xã Tịnh Đông, Xã Tịnh Minh. */
    public static final String TRUONG_GIANG = "21196";

    private TwoLevelQuangNgai() {
    }

    public static UnitRef baGia() {
        return new UnitRef(BA_GIA, "Xã Ba Gia", "COMMUNE", List.of(Units.QUANG_NGAI));
    }

    public static UnitRef truongGiang() {
        return new UnitRef(TRUONG_GIANG, "Xã Trường Giang", "COMMUNE", List.of(Units.QUANG_NGAI));
    }

    /** Directory events of the two communes, valid from 1/7/2025. */
    public static List<UnitChanged> directory() {
        return List.of(
                new UnitChanged(BA_GIA, "Xã Ba Gia", "Xã", "COMMUNE", Units.QUANG_NGAI, REFORM, null, 1),
                new UnitChanged(TRUONG_GIANG, "Xã Trường Giang", "Xã", "COMMUNE", Units.QUANG_NGAI, REFORM, null, 1));
    }

    /**
     * The reform as the directory publishes it for Sơn Tịnh: the district and its communes Tịnh Sơn and Tịnh Hà end on
     * 30/6/2025 (revision 2 of their first version), and Tịnh Sơn's code names Xã Sơn Tịnh, directly under the province,
     * from 1/7/2025 (a later version of the code).
     */
    public static List<UnitChanged> reformOfSonTinh() {
        return List.of(
                new UnitChanged(Units.SON_TINH, "Huyện Sơn Tịnh", "Huyện", "DISTRICT", Units.QUANG_NGAI, LocalDate.of(2025, 3, 1), REFORM, 2),
                new UnitChanged(Units.TINH_SON, "Xã Tịnh Sơn", "Xã", "COMMUNE", Units.SON_TINH, LocalDate.of(2025, 3, 1), REFORM, 2),
                new UnitChanged(Units.TINH_HA, "Thị trấn Tịnh Hà", "Thị trấn", "COMMUNE", Units.SON_TINH, LocalDate.of(2025, 3, 1), REFORM, 2),
                new UnitChanged(Units.TINH_SON, "Xã Sơn Tịnh", "Xã", "COMMUNE", Units.QUANG_NGAI, REFORM, null, 1,
                        UnitChanged.laterVersionKey(Units.TINH_SON, REFORM)));
    }

    /** A plan of 2026 on the outline of plan 119, issued after the reform: the two communes, commune → province. */
    public static PlanMother plan2026(String planId) {
        return PlanMother.plan119().id(planId).issuedOn(ISSUED_2026)
                .issuedBy("05/KH-UBND", Units.QUANG_NGAI, "Ủy ban nhân dân tỉnh Quảng Ngãi", "Công an tỉnh (qua Phòng An ninh kinh tế)")
                .period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31))
                .deadline(java.time.Instant.parse("2026-02-09T17:00:00Z"))
                .expected(List.of(PlanMother.unit(baGia()), PlanMother.unit(truongGiang())))
                .twoLevelChain();
    }
}
