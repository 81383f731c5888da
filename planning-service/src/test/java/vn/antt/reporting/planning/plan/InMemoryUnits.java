package vn.antt.reporting.planning.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.planning.unit.Unit;
import vn.antt.reporting.planning.unit.UnitKind;
import vn.antt.reporting.planning.unit.UnitQueries;

/**
 * The unit directory's reads that plans use, over a list in memory instead of the store: the units of the mothers in
 * Quảng Ngãi before the reform, whose district Sơn Tịnh closed on 1/7/2025 (the day the two-level government began).
 */
final class InMemoryUnits extends UnitQueries {

    static final LocalDate BEFORE_REFORM = LocalDate.of(2025, 6, 1);
    static final LocalDate AFTER_REFORM = LocalDate.of(2025, 7, 1);

    private final List<Unit> units;

    private InMemoryUnits(List<Unit> units) {
        super(null, null, null);
        this.units = units;
    }

    /** Tỉnh Quảng Ngãi; huyện Sơn Tịnh (closed 1/7/2025) with Tịnh Sơn, its health station and Tịnh Hà; huyện Bình Sơn with Bình Hải. */
    static InMemoryUnits quangNgai() {
        return new InMemoryUnits(List.of(
                unit(Units.QUANG_NGAI, "Tỉnh Quảng Ngãi", UnitKind.PROVINCE, List.of(), null),
                unit(Units.sonTinh(), UnitKind.DISTRICT, AFTER_REFORM),
                unit(Units.tinhSon(), UnitKind.COMMUNE, AFTER_REFORM),
                unit(Units.tinhSonHealthStation(), UnitKind.HEALTH_STATION, AFTER_REFORM),
                unit(Units.tinhHa(), UnitKind.COMMUNE, AFTER_REFORM),
                unit(Units.BINH_SON, "Huyện Bình Sơn", UnitKind.DISTRICT, List.of(Units.QUANG_NGAI), null),
                unit(Units.binhHai(), UnitKind.COMMUNE, null)));
    }

    private static Unit unit(UnitRef ref, UnitKind kind, LocalDate validTo) {
        return unit(ref.code(), ref.name(), kind, ref.ancestry(), validTo);
    }

    private static Unit unit(String code, String name, UnitKind kind, List<String> ancestry, LocalDate validTo) {
        String parent = ancestry.isEmpty() ? null : ancestry.get(ancestry.size() - 1);
        return new Unit(code, name, kind.name(), kind, parent, ancestry, null, validTo, 1, null, null);
    }

    @Override
    public Optional<Unit> find(String code, LocalDate day) {
        return units.stream().filter(u -> u.code().equals(code) && u.validOn(day)).findFirst();
    }

    @Override
    public List<Unit> subtree(String code, LocalDate asOf) {
        return units.stream().filter(u -> u.ancestry().contains(code) && u.validOn(asOf)).sorted(Comparator.comparing(Unit::code))
                .toList();
    }
}
