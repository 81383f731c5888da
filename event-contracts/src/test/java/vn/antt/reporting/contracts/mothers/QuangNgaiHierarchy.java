package vn.antt.reporting.contracts.mothers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.antt.reporting.contracts.planning.UnitChanged;
import vn.antt.reporting.contracts.submission.UnitRef;

/**
 * A slice of the real Quảng Ngãi hierarchy (GSO codes and names as of 01/3/2025): its 11 districts with three
 * communes each, the communes of {@link Units}, two enterprises and a provincial department that report straight
 * to the province. Large enough for roll-ups with every kind of node, small enough for a test.
 */
public final class QuangNgaiHierarchy {

    private static final LocalDate GSO_LIST_DATE = LocalDate.of(2025, 3, 1);

    /** code, name, then three communes as code, name. */
    private static final String[][] DISTRICTS = {
            {"522", "Thành phố Quảng Ngãi", "21010", "Phường Lê Hồng Phong", "21013", "Phường Trần Phú", "21016", "Phường Quảng Phú"},
            {"524", "Huyện Bình Sơn", "21040", "Thị trấn Châu Ổ", "21043", "Xã Bình Thuận", "21046", "Xã Bình Thạnh"},
            {"525", "Huyện Trà Bồng", "21115", "Thị trấn Trà Xuân", "21118", "Xã Trà Giang", "21121", "Xã Trà Thủy"},
            {"527", "Huyện Sơn Tịnh", "21175", "Xã Tịnh Thọ", "21178", "Xã Tịnh Trà", "21181", "Xã Tịnh Phong"},
            {"528", "Huyện Tư Nghĩa", "21235", "Thị trấn La Hà", "21238", "Thị trấn Sông Vệ", "21241", "Xã Nghĩa Lâm"},
            {"529", "Huyện Sơn Hà", "21289", "Thị trấn Di Lăng", "21292", "Xã Sơn Hạ", "21295", "Xã Sơn Thành"},
            {"530", "Huyện Sơn Tây", "21331", "Xã Sơn Bua", "21334", "Xã Sơn Mùa", "21335", "Xã Sơn Liên"},
            {"531", "Huyện Minh Long", "21349", "Xã Long Sơn", "21352", "Xã Long Mai", "21355", "Xã Thanh An"},
            {"532", "Huyện Nghĩa Hành", "21364", "Thị trấn Chợ Chùa", "21367", "Xã Hành Thuận", "21370", "Xã Hành Dũng"},
            {"533", "Huyện Mộ Đức", "21400", "Thị trấn Mộ Đức", "21406", "Xã Thắng Lợi", "21409", "Xã Đức Nhuận"},
            {"535", "Huyện Ba Tơ", "21484", "Thị trấn Ba Tơ", "21487", "Xã Ba Điền", "21490", "Xã Ba Vinh"}};

    private QuangNgaiHierarchy() {
    }

    public static List<UnitRef> districts() {
        List<UnitRef> districts = new ArrayList<>();
        for (String[] d : DISTRICTS) {
            districts.add(new UnitRef(d[0], d[1], "DISTRICT", List.of(Units.QUANG_NGAI)));
        }
        return districts;
    }

    /** Every commune of the slice, with Tịnh Sơn, Tịnh Hà (Sơn Tịnh) and Bình Hải (Bình Sơn) of the seeds. */
    public static List<UnitRef> communes() {
        List<UnitRef> communes = new ArrayList<>();
        for (String[] d : DISTRICTS) {
            for (int i = 2; i < d.length; i += 2) {
                communes.add(new UnitRef(d[i], d[i + 1], "COMMUNE", List.of(Units.QUANG_NGAI, d[0])));
            }
        }
        communes.add(Units.tinhSon());
        communes.add(Units.tinhHa());
        communes.add(Units.binhHai());
        return communes;
    }

    /** Units that report straight to the province. */
    public static List<UnitRef> provincialUnits() {
        return List.of(
                new UnitRef("51-DN-0001", "Công ty Cổ phần Đường Quảng Ngãi", "ENTERPRISE", List.of(Units.QUANG_NGAI)),
                new UnitRef("51-DN-0002", "Công ty TNHH MTV Lọc hóa dầu Bình Sơn", "ENTERPRISE", List.of(Units.QUANG_NGAI)),
                new UnitRef("51-SCT", "Sở Công Thương tỉnh Quảng Ngãi", "AGENCY", List.of(Units.QUANG_NGAI)));
    }

    /** Communes, the provincial units, and huyện Sơn Tịnh, which also sends its own compiled report. */
    public static List<UnitRef> reportingUnits() {
        List<UnitRef> units = new ArrayList<>(communes());
        units.addAll(provincialUnits());
        units.add(Units.sonTinh());
        return units;
    }

    /** Directory events, parents first. */
    public static List<UnitChanged> directory() {
        List<UnitChanged> events = new ArrayList<>();
        events.add(UnitChangedMother.quangNgai());
        for (UnitRef d : districts()) {
            events.add(new UnitChanged(d.code(), d.name(), d.name().startsWith("Thành phố") ? "Thành phố" : "Huyện", d.kind(), Units.QUANG_NGAI,
                    GSO_LIST_DATE, null, 1));
        }
        for (UnitRef c : communes()) {
            String type = c.name().startsWith("Thị trấn") ? "Thị trấn" : c.name().startsWith("Phường") ? "Phường" : "Xã";
            events.add(new UnitChanged(c.code(), c.name(), type, c.kind(), c.ancestry().get(1), GSO_LIST_DATE, null, 1));
        }
        for (UnitRef u : provincialUnits()) {
            events.add(new UnitChanged(u.code(), u.name(), u.kind().equals("AGENCY") ? "Sở" : "Doanh nghiệp", u.kind(), Units.QUANG_NGAI,
                    GSO_LIST_DATE, null, 1));
        }
        return events;
    }
}
