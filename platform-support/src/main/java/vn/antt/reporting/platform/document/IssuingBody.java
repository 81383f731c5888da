package vn.antt.reporting.platform.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;

/**
 * Who a unit's document is issued by, as its header prints it: the parent body ("UBND HUYỆN SƠN TỊNH"), the issuing
 * body ("ỦY BAN NHÂN DÂN XÃ TỊNH SƠN") and the place of the date line ("Tịnh Sơn"). A province, district or commune
 * issues as its People's Committee; another unit (a steering committee, an agency, an enterprise) under its own name,
 * its place being that of the nearest administrative unit above it (seed 003: "BAN CHỈ ĐẠO 138" under "UBND HUYỆN THÁP
 * MƯỜI", dated at Tháp Mười).
 */
public record IssuingBody(String parentBody, String issuingBody, String place) {

    private static final Set<String> ADMINISTRATIVE = Set.of("PROVINCE", "DISTRICT", "COMMUNE");
    private static final List<String> TYPES = List.of("Thành phố", "Thị xã", "Thị trấn", "Tỉnh", "Huyện", "Quận", "Xã", "Phường");

    /** A unit as the header needs it: its name, its type word ("Xã") and its kind ("COMMUNE"). */
    public record Unit(String name, String type, String kind) {
    }

    /** @param chain the unit first, then its parent, then the parent's parent… (may stop early) */
    public static IssuingBody of(List<Unit> chain) {
        Unit unit = chain.get(0);
        Optional<Unit> parent = chain.size() > 1 ? Optional.of(chain.get(1)) : Optional.empty();
        String issuing = administrative(unit) ? "ỦY BAN NHÂN DÂN " + upper(unit.name()) : upper(unit.name());
        String parentBody = parent.map(p -> administrative(p) ? "UBND " + upper(p.name()) : upper(p.name()))
                .filter(p -> !"PROVINCE".equals(unit.kind()))
                .orElse(null);
        String place = chain.stream().filter(IssuingBody::administrative).findFirst().map(IssuingBody::placeOf)
                .orElse(placeOf(unit));
        return new IssuingBody(parentBody, issuing, place);
    }

    /** From the directory, falling back to the name and kind the report recorded when the unit is not (yet) known there. */
    public static IssuingBody of(UnitDirectory directory, String code, String name, String kind) {
        return of(directory, code, name, kind, null);
    }

    /**
     * The same with the units as they were on {@code day} (a plan's issue date: a code reused after the reform of 1/7/2025
     * names another unit today), today when null.
     */
    public static IssuingBody of(UnitDirectory directory, String code, String name, String kind, java.time.LocalDate day) {
        List<Unit> chain = new ArrayList<>();
        Optional<DirectoryUnit> current = directory.find(code, day);
        chain.add(current.map(u -> new Unit(u.name(), u.type(), u.kind())).orElse(new Unit(name, null, kind)));
        while (current.isPresent() && current.get().parentCode() != null && chain.size() < 8) {
            current = directory.find(current.get().parentCode(), day);
            current.ifPresent(u -> chain.add(new Unit(u.name(), u.type(), u.kind())));
        }
        return of(chain);
    }

    private static boolean administrative(Unit unit) {
        return unit.kind() != null && ADMINISTRATIVE.contains(unit.kind());
    }

    /** "Xã Tịnh Sơn" → "Tịnh Sơn": the name without its type word. */
    static String placeOf(Unit unit) {
        String name = unit.name().strip();
        List<String> types = new ArrayList<>();
        if (unit.type() != null) {
            types.add(unit.type());
        }
        types.addAll(TYPES);
        for (String type : types) {
            if (name.length() > type.length() && name.regionMatches(true, 0, type + " ", 0, type.length() + 1)) {
                return name.substring(type.length() + 1).strip();
            }
        }
        return name;
    }

    private static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
