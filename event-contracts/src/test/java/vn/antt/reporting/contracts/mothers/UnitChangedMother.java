package vn.antt.reporting.contracts.mothers;

import java.time.LocalDate;

import vn.antt.reporting.contracts.planning.UnitChanged;

/** Directory events for the units of {@link Units}. */
public final class UnitChangedMother {

    private static final LocalDate GSO_LIST_DATE = LocalDate.of(2025, 3, 1);

    private UnitChangedMother() {
    }

    public static UnitChanged quangNgai() {
        return new UnitChanged(Units.QUANG_NGAI, "Tỉnh Quảng Ngãi", "Tỉnh", "PROVINCE", null, GSO_LIST_DATE, null, 1);
    }

    public static UnitChanged sonTinh() {
        return new UnitChanged(Units.SON_TINH, "Huyện Sơn Tịnh", "Huyện", "DISTRICT", Units.QUANG_NGAI, GSO_LIST_DATE, null, 1);
    }

    public static UnitChanged tinhSon() {
        return new UnitChanged(Units.TINH_SON, "Xã Tịnh Sơn", "Xã", "COMMUNE", Units.SON_TINH, GSO_LIST_DATE, null, 1);
    }

    public static UnitChanged tinhHa() {
        return new UnitChanged(Units.TINH_HA, "Thị trấn Tịnh Hà", "Thị trấn", "COMMUNE", Units.SON_TINH, GSO_LIST_DATE, null, 1);
    }

    public static UnitChanged binhSon() {
        return new UnitChanged(Units.BINH_SON, "Huyện Bình Sơn", "Huyện", "DISTRICT", Units.QUANG_NGAI, GSO_LIST_DATE, null, 1);
    }

    public static UnitChanged binhHai() {
        return new UnitChanged(Units.BINH_HAI, "Xã Bình Hải", "Xã", "COMMUNE", Units.BINH_SON, GSO_LIST_DATE, null, 1);
    }

    /** Trạm Y tế xã Tịnh Sơn, under the commune. */
    public static UnitChanged tinhSonHealthStation() {
        return new UnitChanged(Units.tinhSonHealthStation().code(), Units.tinhSonHealthStation().name(), "Trạm y tế", "HEALTH_STATION",
                Units.TINH_SON, GSO_LIST_DATE, null, 1);
    }

    /** The Quảng Ngãi units of {@link Units}, parents first. */
    public static java.util.List<UnitChanged> quangNgaiSample() {
        return java.util.List.of(quangNgai(), sonTinh(), binhSon(), tinhSon(), tinhHa(), binhHai());
    }
}
