package vn.antt.reporting.localstack;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 file backend with the query planning MongoDB has and it lacks. It uses a unique index only
 * when the query names exactly that index's fields, so {@code {_id: x, revision: 3}} — every guarded update — scans
 * the whole collection, and it ignores non-unique indexes. Here a query that has equality on all fields of a unique
 * index reads that index's matches; otherwise the {@link SecondaryIndex} (declared non-unique indexes, and a shadow of
 * each unique one for its prefixes) that pins the most leading keys gives the candidates. The whole query is applied to
 * them, so results are the same as a scan's. What still scans is counted per collection and query shape, and printed
 * every minute.
 */
final class IndexedH2Backend extends H2Backend {

    /** Suffix of the in-memory shadow a unique index gets, for queries on a prefix of its keys. */
    static final String PREFIXES = ".prefixes";

    /** A query that takes longer is counted as slow (MongoDB's profiler uses 100 ms too). */
    static final long SLOW_MILLIS = 100;

    private static final Map<String, LongAdder> SCANS = new ConcurrentHashMap<>();
    /** Per shape: how many slow queries, and their total milliseconds. */
    private static final Map<String, long[]> SLOW = new ConcurrentHashMap<>();

    IndexedH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Full scans since the last call, per "database.collection {fields}", and resets them. */
    static Map<String, Long> drainScans() {
        Map<String, Long> counts = new TreeMap<>();
        SCANS.forEach((shape, count) -> {
            long n = count.sumThenReset();
            if (n > 0) {
                counts.put(shape, n);
            }
        });
        return counts;
    }

    /** Slow queries since the last call, per "database.collection [fields]": "count × average ms", and resets them. */
    static Map<String, String> drainSlowQueries() {
        Map<String, String> slow = new TreeMap<>();
        for (String shape : java.util.Set.copyOf(SLOW.keySet())) {
            long[] counted = SLOW.remove(shape);
            if (counted != null) {
                slow.put(shape, counted[0] + " × " + counted[1] / counted[0] + " ms");
            }
        }
        return slow;
    }

    private static String shapeOf(String collection, Document conditions) {
        java.util.Set<String> shape = new java.util.TreeSet<>(conditions.keySet());
        if (shape.size() > 1) {
            shape.remove("$and");
        }
        return collection + " " + shape;
    }

    /** An inner class: its super constructor already opens collections, before any field of its own would be set. */
    private final class IndexedDatabase extends H2Database {

        IndexedDatabase(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        /** The same maps as {@link H2Database} opens, so existing data files stay readable. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            return new IndexedCollection(this, collectionName, options, store.openMap("databases." + fullName),
                    store.openMap("meta." + fullName), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
            return new SecondaryIndex(indexName, keys, sparse);
        }
    }

    private static final class IndexedCollection extends H2Collection {

        IndexedCollection(MongoDatabase database, String name, CollectionOptions options,
                          org.h2.mvstore.MVMap<Object, Document> data, org.h2.mvstore.MVMap<String, Object> meta, CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        public void addIndex(Index<Object> index) {
            super.addIndex(index);
            if (index.isUnique() && !index.getName().equals("_id_")) {
                super.addIndex(new SecondaryIndex(index.getName() + PREFIXES, index.getKeys(),
                        Boolean.TRUE.equals(index.toIndexDescription().get("sparse"))));
            }
        }

        /** Drops a unique index's shadow with it: dropping a collection expects no index left. */
        @Override
        public void dropIndex(String indexName) {
            super.dropIndex(indexName);
            if (getIndexes().stream().anyMatch(index -> index.getName().equals(indexName + PREFIXES))) {
                super.dropIndex(indexName + PREFIXES);
            }
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize, Document projection) {
            long started = System.nanoTime();
            Document conditions = conditionsOf(query);
            QueryResult result = plannedQuery(query, conditions, orderBy, skip, limit, batchSize, projection);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (millis >= SLOW_MILLIS) {
                SLOW.merge(shapeOf(getFullName(), conditions), new long[] {1, millis}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
            return result;
        }

        private QueryResult plannedQuery(Document query, Document conditions, Document orderBy, int skip, int limit, int batchSize,
                                         Document projection) {
            SecondaryIndex best = null;
            int bestKeys = 0;
            for (Index<Object> index : getIndexes()) {
                if (index instanceof SecondaryIndex secondary) {
                    int usable = secondary.usableKeys(conditions);
                    if (usable > bestKeys) {
                        best = secondary;
                        bestKeys = usable;
                    }
                    continue;
                }
                Document onIndex = restrictedTo(conditions, index);
                if (onIndex != null && index.canHandle(onIndex)) {
                    return matchDocuments(query, index.getPositions(onIndex), orderBy, skip, limit, batchSize, projection);
                }
            }
            if (best != null && !isNaturalDescending(orderBy)) {
                List<Object> candidates = best.candidates(conditions);
                candidates.sort(ValueComparator.asc()); // the order a scan of the data map would give
                return matchDocuments(query, candidates, orderBy, skip, limit, batchSize, projection);
            }
            if (!query.isEmpty()) {
                SCANS.computeIfAbsent(shapeOf(getFullName(), conditions), k -> new LongAdder()).increment();
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
        }

        /** The top-level conditions, with those of a top-level {@code $and} lifted up (drivers write both forms). */
        private static Document conditionsOf(Document query) {
            Document conditions = new Document(query);
            if (query.get("$and") instanceof java.util.List<?> terms) {
                for (Object term : terms) {
                    if (term instanceof Document document) {
                        document.forEach(conditions::putIfAbsent);
                    }
                }
            }
            return conditions;
        }

        /** The query's conditions on the index's fields, or null when the query lacks one of them. */
        private static Document restrictedTo(Document query, Index<Object> index) {
            Document onIndex = new Document();
            for (IndexKey key : index.getKeys()) {
                if (!query.containsKey(key.getKey())) {
                    return null;
                }
                onIndex.put(key.getKey(), query.get(key.getKey()));
            }
            return onIndex;
        }
    }
}
