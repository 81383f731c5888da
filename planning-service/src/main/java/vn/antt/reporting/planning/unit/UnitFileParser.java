package vn.antt.reporting.planning.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import tools.jackson.core.JacksonException;
import vn.antt.reporting.contracts.planning.LocalGovernment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the two import shapes ({@link UnitFile.Format}) into unit records. It never throws on bad
 * content: whatever cannot be read becomes an {@link ImportError} naming its place in the file, so that
 * one answer lists every problem.
 */
public final class UnitFileParser {

    static final String FILE = "file";
    private static final DateTimeFormatter OFFICIAL_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public UnitFile parse(byte[] content) {
        JsonNode root;
        try {
            root = content == null || content.length == 0 ? null : JSON.readTree(content);
        } catch (JacksonException e) {
            return unreadable("the file is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            return unreadable("the file is empty or not a JSON object");
        }
        if (root.has("data")) {
            return parseOfficialList(root);
        }
        if (root.has("units")) {
            return parseUnitList(root);
        }
        if (isTwoLevelList(root.get("provinces"))) {
            return parseTwoLevelList(root);
        }
        return unreadable("expected a top-level 'data' array (official list of administrative units), "
                + "a 'provinces' array (the two-level list in force from 1/7/2025) or a 'units' array (unit list)");
    }

    private UnitFile parseOfficialList(JsonNode root) {
        List<UnitRecord> records = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        LocalDate declared = officialDate(root.get("data_date"), errors);
        JsonNode provinces = root.get("data");
        if (!provinces.isArray()) {
            errors.add(new ImportError("data", "data", "unreadable-file", "'data' must be an array of provinces"));
            return new UnitFile(UnitFile.Format.OFFICIAL_LIST, records, errors, declared);
        }
        eachObject(elements(provinces), "data", "province", errors, (provincePath, province) -> {
            String provinceCode = text(province, "level1_id");
            records.add(new UnitRecord(provincePath, provinceCode, text(province, "name"), text(province, "type"),
                    UnitKind.PROVINCE, null, null, null));
            eachObject(children(province, "level2s", provincePath, errors), provincePath + ".level2s", "district", errors,
                    (districtPath, district) -> {
                        String districtCode = text(district, "level2_id");
                        records.add(new UnitRecord(districtPath, districtCode, text(district, "name"), text(district, "type"),
                                UnitKind.DISTRICT, provinceCode, null, null));
                        eachObject(children(district, "level3s", districtPath, errors), districtPath + ".level3s", "commune",
                                errors, (communePath, commune) -> records.add(new UnitRecord(communePath, text(commune, "level3_id"),
                                        text(commune, "name"), text(commune, "type"), UnitKind.COMMUNE, districtCode, null, null)));
                    });
        });
        return new UnitFile(UnitFile.Format.OFFICIAL_LIST, records, errors, declared);
    }

    /** Provinces that list their communes: an empty or other 'provinces' says nothing of the shape it meant. */
    private static boolean isTwoLevelList(JsonNode provinces) {
        return provinces != null && provinces.isArray() && !provinces.isEmpty() && provinces.get(0).isObject()
                && provinces.get(0).has("communes");
    }

    /** The list in force from 1/7/2025 ({@code dvhcvn-2025.json}): provinces, each with its communes, no district. */
    private UnitFile parseTwoLevelList(JsonNode root) {
        List<UnitRecord> records = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        LocalDate declared = isoDate(root, "validFrom", "the file", "validFrom", errors);
        if (declared == null) {
            declared = LocalGovernment.TWO_LEVELS_SINCE;
        }
        JsonNode provinces = root.get("provinces");
        eachObject(elements(provinces), "provinces", "province", errors, (provincePath, province) -> {
            String provinceCode = text(province, "code");
            records.add(new UnitRecord(provincePath, provinceCode, text(province, "name"), text(province, "type"),
                    UnitKind.PROVINCE, null, null, null, text(province, "predecessors")));
            JsonNode communes = province.get("communes");
            if (communes == null || communes.isNull()) {
                return;
            }
            if (!communes.isArray()) {
                errors.add(new ImportError(provinceCode != null ? provinceCode : provincePath, provincePath, "unreadable-file",
                        "'communes' must be an array"));
                return;
            }
            eachObject(elements(communes), provincePath + ".communes", "commune", errors, (communePath, commune) ->
                    records.add(new UnitRecord(communePath, text(commune, "code"), text(commune, "name"), text(commune, "type"),
                            UnitKind.COMMUNE, provinceCode, null, null, text(commune, "predecessors"))));
        });
        return new UnitFile(UnitFile.Format.TWO_LEVEL_LIST, records, errors, declared);
    }

    private UnitFile parseUnitList(JsonNode root) {
        List<UnitRecord> records = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        LocalDate declared = isoDate(root, "validFrom", "the file", "validFrom", errors);
        JsonNode units = root.get("units");
        if (!units.isArray()) {
            errors.add(new ImportError("units", "units", "unreadable-file", "'units' must be an array"));
            return new UnitFile(UnitFile.Format.UNIT_LIST, records, errors, declared);
        }
        eachObject(elements(units), "units", "unit", errors, (path, unit) -> {
            String code = text(unit, "code");
            String label = code != null ? code : path;
            UnitKind kind = null;
            String kindText = text(unit, "kind");
            if (kindText == null) {
                errors.add(new ImportError(label, path, "unknown-kind", "unit " + label + " has no kind"));
            } else {
                try {
                    kind = UnitKind.valueOf(kindText);
                } catch (IllegalArgumentException e) {
                    errors.add(new ImportError(label, path, "unknown-kind",
                            "unit " + label + " has the unknown kind '" + kindText + "'"));
                }
            }
            records.add(new UnitRecord(path, code, text(unit, "name"), text(unit, "type"), kind, text(unit, "parentCode"),
                    isoDate(unit, "validFrom", label, path, errors), isoDate(unit, "validTo", label, path, errors)));
        });
        return new UnitFile(UnitFile.Format.UNIT_LIST, records, errors, declared);
    }

    /**
     * Reads each element of an array in order, with its path ({@code arrayPath[i]}): an object goes to {@code read}; any
     * other element is the error that the {@code what} at its path is no JSON object.
     */
    private static void eachObject(List<JsonNode> elements, String arrayPath, String what, List<ImportError> errors,
                                   BiConsumer<String, JsonNode> read) {
        for (int i = 0; i < elements.size(); i++) {
            String path = arrayPath + "[" + i + "]";
            JsonNode node = elements.get(i);
            if (node.isObject()) {
                read.accept(path, node);
            } else {
                errors.add(new ImportError(path, path, "unreadable-file", "a " + what + " must be a JSON object"));
            }
        }
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>(array.size());
        array.values().forEach(nodes::add);
        return nodes;
    }

    private static List<JsonNode> children(JsonNode parent, String field, String path, List<ImportError> errors) {
        JsonNode list = parent.get(field);
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            String code = text(parent, field.equals("level2s") ? "level1_id" : "level2_id");
            errors.add(new ImportError(code != null ? code : path, path, "unreadable-file", "'" + field + "' must be an array"));
            return List.of();
        }
        return elements(list);
    }

    /** The trimmed text of a scalar field (numbers included), null when missing, empty or not a scalar. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate officialDate(JsonNode value, List<ImportError> errors) {
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asString().strip(), OFFICIAL_DATE);
        } catch (DateTimeParseException e) {
            errors.add(new ImportError("data_date", "data_date", "invalid-date",
                    "data_date '" + value.asString() + "' is not a date written dd/mm/yyyy"));
            return null;
        }
    }

    private static LocalDate isoDate(JsonNode node, String field, String label, String path, List<ImportError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(value.asString().strip());
        } catch (DateTimeParseException e) {
            errors.add(new ImportError(label, path, "invalid-date",
                    field + " '" + value.asString() + "' of " + label + " is not a date written yyyy-mm-dd"));
            return null;
        }
    }

    private static UnitFile unreadable(String message) {
        return new UnitFile(UnitFile.Format.UNIT_LIST, List.of(),
                List.of(new ImportError(FILE, FILE, "unreadable-file", message)), null);
    }
}
