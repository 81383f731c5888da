package vn.antt.reporting.contracts.mothers;

import java.util.List;

import vn.antt.reporting.contracts.submission.UnitRef;

/** Real units of Quảng Ngãi (GSO codes as of 01/3/2025) used across the tests of every tier. */
public final class Units {

    public static final String QUANG_NGAI = "51";
    public static final String SON_TINH = "527";
    public static final String TINH_SON = "21217";
    public static final String TINH_HA = "21220";
    public static final String BINH_SON = "524";
    public static final String BINH_HAI = "21067";

    private Units() {
    }

    /** Huyện Sơn Tịnh as a reporting unit: its own (compiled) report goes to the province. */
    public static UnitRef sonTinh() {
        return new UnitRef(SON_TINH, "Huyện Sơn Tịnh", "DISTRICT", List.of(QUANG_NGAI));
    }

    /** Xã Tịnh Sơn, huyện Sơn Tịnh, tỉnh Quảng Ngãi: the commune of seed 000. */
    public static UnitRef tinhSon() {
        return new UnitRef(TINH_SON, "Xã Tịnh Sơn", "COMMUNE", List.of(QUANG_NGAI, SON_TINH));
    }

    /** Trạm Y tế xã Tịnh Sơn: as the directory has it, under the commune (which still reports its own figures). */
    public static UnitRef tinhSonHealthStation() {
        return new UnitRef(TINH_SON + "-TYT", "Trạm Y tế xã Tịnh Sơn", "HEALTH_STATION", List.of(QUANG_NGAI, SON_TINH, TINH_SON));
    }

    public static UnitRef tinhHa() {
        return new UnitRef(TINH_HA, "Thị trấn Tịnh Hà", "COMMUNE", List.of(QUANG_NGAI, SON_TINH));
    }

    public static UnitRef binhHai() {
        return new UnitRef(BINH_HAI, "Xã Bình Hải", "COMMUNE", List.of(QUANG_NGAI, BINH_SON));
    }
}
