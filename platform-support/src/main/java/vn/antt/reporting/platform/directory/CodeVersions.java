package vn.antt.reporting.platform.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reads every stored version of a unit code, for the directory (planning-service) and its read models alike. A version
 * is keyed by its version key and carries its code in an indexed field; a document stored before versions has no code
 * field, only its key (the code). One indexed query by code, and a look-up by key only when the code's first version
 * was not among the answers: not one query with {@code $or} over both fields, which the embedded store answers by
 * reading the whole collection (measured: thousands of full scans a minute in the nation-wide benchmark).
 */
public final class CodeVersions {

    private CodeVersions() {
    }

    public static <T> List<T> of(MongoTemplate mongo, String code, Class<T> type, Function<T, String> keyOf) {
        List<T> versions = new ArrayList<>(mongo.find(Query.query(Criteria.where("code").is(code)), type));
        if (versions.stream().noneMatch(version -> code.equals(keyOf.apply(version)))) {
            T stored = mongo.findById(code, type);
            if (stored != null) {
                versions.add(stored);
            }
        }
        return versions;
    }

    /**
     * Every stored version of each of the codes, by code (a code without any is absent): one indexed query on the codes
     * and one look-up by key of those whose first version was not among the answers, however many codes.
     */
    public static <T> Map<String, List<T>> of(MongoTemplate mongo, Collection<String> codes, Class<T> type, Function<T, String> keyOf,
                                              Function<T, String> codeOf) {
        Map<String, List<T>> byCode = new HashMap<>();
        if (codes.isEmpty()) {
            return byCode;
        }
        Set<String> wanted = new LinkedHashSet<>(codes);
        for (T version : mongo.find(Query.query(Criteria.where("code").in(wanted)), type)) {
            byCode.computeIfAbsent(codeOf.apply(version), c -> new ArrayList<>()).add(version);
        }
        List<String> byKey = wanted.stream().filter(code -> byCode.getOrDefault(code, List.of()).stream()
                .noneMatch(version -> code.equals(keyOf.apply(version)))).toList();
        if (!byKey.isEmpty()) {
            for (T stored : mongo.find(Query.query(Criteria.where("_id").in(byKey)), type)) {
                byCode.computeIfAbsent(keyOf.apply(stored), c -> new ArrayList<>()).add(stored);
            }
        }
        return byCode;
    }
}
