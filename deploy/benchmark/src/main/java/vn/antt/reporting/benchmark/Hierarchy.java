package vn.antt.reporting.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The administrative tree the benchmark drives: the official list ({@code dvhcvn.json}: 63 provinces, 696 districts,
 * 10.047 communes) when its file is given and present, else a synthetic tree of the same shape. {@code importBody} is
 * what planning-service's unit import takes.
 */
record Hierarchy(List<String> provinces, Map<String, String> districtOf, Map<String, String> provinceOf, List<String> communes,
                 byte[] importBody, String source) {

    static Hierarchy load(Path file, int maxProvinces) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        if (file != null && Files.isRegularFile(file)) {
            JsonNode root = json.readTree(Files.readAllBytes(file));
            ArrayNode kept = json.createArrayNode();
            List<String> provinces = new ArrayList<>();
            Map<String, String> districtOf = new LinkedHashMap<>();
            Map<String, String> provinceOf = new LinkedHashMap<>();
            for (JsonNode province : root.get("data")) {
                if (provinces.size() == maxProvinces) {
                    break;
                }
                String p = province.get("level1_id").asString();
                provinces.add(p);
                kept.add(province);
                for (JsonNode district : province.get("level2s")) {
                    String d = district.get("level2_id").asString();
                    provinceOf.put(d, p);
                    for (JsonNode commune : district.get("level3s")) {
                        districtOf.put(commune.get("level3_id").asString(), d);
                    }
                }
            }
            ObjectNode body = json.createObjectNode();
            body.set("data", kept);
            if (root.has("data_date")) {
                body.set("data_date", root.get("data_date"));
            }
            return new Hierarchy(provinces, districtOf, provinceOf, new ArrayList<>(districtOf.keySet()),
                    json.writeValueAsBytes(body), "official list " + file.getFileName() + (maxProvinces < 63 ? " (" + provinces.size() + " provinces)" : ""));
        }
        return synthetic(Math.min(maxProvinces, 63), json);
    }

    /** 63 provinces × 11 districts × 14–15 communes ≈ 10.047 communes, as the official list has. */
    static Hierarchy synthetic(int provinceCount, JsonMapper json) {
        ArrayNode units = json.createArrayNode();
        List<String> provinces = new ArrayList<>();
        Map<String, String> districtOf = new LinkedHashMap<>();
        Map<String, String> provinceOf = new LinkedHashMap<>();
        int communeNumber = 0;
        for (int p = 1; p <= provinceCount; p++) {
            String province = String.format("S%02d", p);
            provinces.add(province);
            units.addObject().put("code", province).put("name", "Tỉnh Thử tải " + p).put("type", "Tỉnh").put("kind", "PROVINCE");
            for (int d = 1; d <= 11; d++) {
                String district = province + String.format("D%02d", d);
                provinceOf.put(district, province);
                units.addObject().put("code", district).put("name", "Huyện Thử tải " + p + "." + d).put("type", "Huyện")
                        .put("kind", "DISTRICT").put("parentCode", province);
                int communes = (p * 11 + d) % 2 == 0 ? 14 : 15;
                for (int c = 1; c <= communes && communeNumber < 10_047; c++, communeNumber++) {
                    String commune = district + String.format("C%02d", c);
                    districtOf.put(commune, district);
                    units.addObject().put("code", commune).put("name", "Xã Thử tải " + p + "." + d + "." + c).put("type", "Xã")
                            .put("kind", "COMMUNE").put("parentCode", district);
                }
            }
        }
        ObjectNode body = json.createObjectNode();
        body.set("units", units);
        return new Hierarchy(provinces, districtOf, provinceOf, new ArrayList<>(districtOf.keySet()),
                json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8), "synthetic tree of the same shape");
    }

    String provinceOfCommune(String commune) {
        return provinceOf.get(districtOf.get(commune));
    }
}
