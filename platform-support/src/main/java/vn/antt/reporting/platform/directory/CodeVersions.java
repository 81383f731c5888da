package vn.antt.reporting.platform.directory;

import java.util.ArrayList;
import java.util.List;
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
}
