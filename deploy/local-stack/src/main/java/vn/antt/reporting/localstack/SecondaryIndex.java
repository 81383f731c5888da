package vn.antt.reporting.localstack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index kept in memory (rebuilt from the documents when the store opens), which mongo-java-server
 * otherwise ignores. It answers what MongoDB's planner uses such an index for: equality on a prefix of its keys, and
 * {@code $exists: true} on the key of a sparse single-field index. It only narrows the candidates; the collection still
 * applies the whole query to each, so a candidate too many never changes a result. Positions are the documents'
 * {@code _id}s, as in the H2 backend.
 */
final class SecondaryIndex extends Index<Object> {

    /** Per prefix length - 1: the positions under the normalized values of the first keys. */
    private final List<Map<List<Object>, Set<Object>>> byPrefix = new ArrayList<>();
    /** The key values each indexed document was filed under, to remove it again. */
    private final Map<Object, Set<KeyValue>> keysByPosition = new HashMap<>();
    /** Whether a key names an array position ({@code outbox.0}); decided once, read on every write. */
    private final boolean positional;

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        positional = keys.stream().anyMatch(key -> isPositional(key.getKey()));
        for (int i = 0; i < keys.size(); i++) {
            byPrefix.add(new HashMap<>());
        }
    }

    /**
     * How many leading keys the query pins to one value each (0 when none), or, for a sparse single-field index asked
     * whether its field exists, 1.
     */
    int usableKeys(Document conditions) {
        int usable = equalityPrefix(conditions).size();
        if (usable == 0 && isSparse() && keys().size() == 1 && asksExists(conditions.get(keys().get(0)))) {
            return 1;
        }
        return usable;
    }

    /** The positions of every document that can match the conditions; call only when {@link #usableKeys} is above 0. */
    synchronized List<Object> candidates(Document conditions) {
        List<Object> prefix = equalityPrefix(conditions);
        if (prefix.isEmpty()) {
            return new ArrayList<>(keysByPosition.keySet()); // $exists on a sparse index: every document it holds
        }
        return new ArrayList<>(byPrefix.get(prefix.size() - 1).getOrDefault(prefix, Set.of()));
    }

    /** The normalized values the query gives the leading keys by equality, up to the first key it does not. */
    private List<Object> equalityPrefix(Document conditions) {
        List<Object> prefix = new ArrayList<>();
        for (String key : keys()) {
            Object value = conditions.get(key);
            if (!isEquality(value)) {
                break;
            }
            prefix.add(normalized(value));
        }
        return prefix;
    }

    private static boolean isEquality(Object value) {
        return value != null && !(value instanceof Missing) && !(value instanceof Document) && !(value instanceof Collection)
                && !(value instanceof BsonRegularExpression) && !(value instanceof Pattern);
    }

    private static boolean asksExists(Object value) {
        return value instanceof Document condition && condition.size() == 1 && Boolean.TRUE.equals(condition.get("$exists"));
    }

    private static Object normalized(Object value) {
        return new KeyValue(value).normalized().get(0);
    }

    @Override
    public Object getPosition(Document document) {
        return null; // not unique: the _id index locates documents
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // no constraint to check
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> keyValues = keysOf(document);
        if (keyValues != null) {
            file(position, keyValues);
        }
    }

    /** The key values to file the document under, or null when a sparse index leaves it out. */
    private Set<KeyValue> keysOf(Document document) {
        return isSparse() && !hasValueForAnyKey(document) ? null : getKeyValues(document);
    }

    private void file(Object position, Set<KeyValue> keyValues) {
        keysByPosition.put(position, keyValues);
        for (KeyValue keyValue : keyValues) {
            for (int length = 1; length <= keyValue.size(); length++) {
                byPrefix.get(length - 1).computeIfAbsent(prefix(keyValue, length), k -> new HashSet<>()).add(position);
            }
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = Utils.getSubdocumentValue(document, "_id");
        if (!removeAt(position) && isSparse()) {
            return null; // the collection skips sparse indexes that never held the document
        }
        return position;
    }

    private boolean removeAt(Object position) {
        Set<KeyValue> keyValues = keysByPosition.remove(position);
        if (keyValues == null) {
            return false;
        }
        for (KeyValue keyValue : keyValues) {
            for (int length = 1; length <= keyValue.size(); length++) {
                Map<List<Object>, Set<Object>> level = byPrefix.get(length - 1);
                List<Object> prefix = prefix(keyValue, length);
                Set<Object> positions = level.get(prefix);
                if (positions != null && positions.remove(position) && positions.isEmpty()) {
                    level.remove(prefix);
                }
            }
        }
        return true;
    }

    private static List<Object> prefix(KeyValue keyValue, int length) {
        List<Object> prefix = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            prefix.add(keyValue.get(i));
        }
        return prefix;
    }

    /**
     * A key with an array position ({@code outbox.0}) names one element, which the library's multikey extraction does
     * not follow; such keys read that element.
     */
    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        if (!positional) {
            return super.getKeyValues(document);
        }
        return Set.of(new KeyValue(keys().stream().map(key -> normalized(valueOf(document, key))).toList()));
    }

    private static boolean isPositional(String key) {
        return Arrays.stream(key.split("\\.")).anyMatch(SecondaryIndex::isPosition);
    }

    private static boolean isPosition(String part) {
        return !part.isEmpty() && part.length() < 10 && part.chars().allMatch(Character::isDigit);
    }

    private static Object valueOf(Document document, String key) {
        if (!isPositional(key)) {
            return Utils.getSubdocumentValueCollectionAware(document, key);
        }
        Object value = document;
        for (String part : key.split("\\.")) {
            if (value instanceof Document inner && inner.containsKey(part)) {
                value = inner.get(part);
            } else if (value instanceof List<?> list && isPosition(part) && Integer.parseInt(part) < list.size()) {
                value = list.get(Integer.parseInt(part));
            } else {
                return Missing.getInstance();
            }
        }
        return value;
    }

    private boolean hasValueForAnyKey(Document document) {
        for (String key : keys()) {
            Object value = positional ? valueOf(document, key) : Utils.getSubdocumentValueCollectionAware(document, key);
            if (!(value instanceof Missing)
                    && !(value instanceof Collection<?> values && !values.isEmpty() && values.stream().allMatch(Missing.class::isInstance))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // IndexedH2Backend asks usableKeys/candidates instead
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        return candidates(query);
    }

    @Override
    public synchronized long getCount() {
        return keysByPosition.size();
    }

    @Override
    public long getDataSize() {
        return 0; // held in memory, not in the data file
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // no constraint to check
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position, MongoCollection<Object> collection) {
        Set<KeyValue> keyValues = keysOf(newDocument);
        if (java.util.Objects.equals(keyValues, keysByPosition.get(position))) {
            return; // most updates (a lease, a status) leave the index's keys as they were
        }
        removeAt(position);
        if (keyValues != null) {
            file(position, keyValues);
        }
    }

    @Override
    public synchronized void drop() {
        byPrefix.forEach(Map::clear);
        keysByPosition.clear();
    }
}
