package vn.antt.reporting.platform.readmodel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Stores a document only when it is newer than the stored one, in one atomic step: the way every
 * read model applies events, so that duplicated, replayed and out-of-order events change nothing.
 */
public final class NewerWins {

    private static final int DUPLICATE_KEY = 11000;

    private NewerWins() {
    }

    /**
     * Replaces the document with id {@code id} when its {@code revisionField} is lower than
     * {@code revision}, or inserts it when absent. Returns false when the stored one was the same or newer.
     */
    public static boolean save(MongoTemplate mongo, Object document, Object id, String revisionField, long revision) {
        Query olderOrAbsent = Query.query(Criteria.where("_id").is(id).and(revisionField).lt(revision));
        try {
            mongo.findAndReplace(olderOrAbsent, document, FindAndReplaceOptions.options().upsert());
            return true;
        } catch (DuplicateKeyException sameOrNewerStored) {
            // The query missed because the stored revision is not lower; the upsert's insert hit its _id.
            return false;
        }
    }

    /**
     * {@link #save} for several documents of distinct ids, in one read and one unordered bulk write: each replaces the
     * stored one whose revision is lower, or is inserted when none is stored; one whose stored revision is the same or
     * newer changes nothing. Returns how many were written.
     *
     * <p>The stored revisions are read first, by {@code _id} alone: a store that uses an index only for a query on its
     * field alone (the Mongo-wire store of the tests and the local stack) otherwise scans the collection for each
     * revision-guarded write. What is found same or newer is not written (a revision never goes back); what is absent
     * is inserted (a duplicate key means it was stored meanwhile: then written as {@link #save} does); what is older
     * is replaced under the revision guard, atomically as in {@link #save}.
     */
    public static <T> int saveAll(MongoTemplate mongo, Class<T> type, Collection<T> documents, Function<T, Object> id,
                                  String revisionField, ToLongFunction<T> revision) {
        if (documents.isEmpty()) {
            return 0;
        }
        Map<Object, Long> stored = new HashMap<>();
        Query byIds = Query.query(Criteria.where("_id").in(documents.stream().map(id).toList()));
        byIds.fields().include(revisionField);
        for (Document found : mongo.find(byIds, Document.class, mongo.getCollectionName(type))) {
            stored.put(found.get("_id"), found.get(revisionField) instanceof Number n ? n.longValue() : Long.MIN_VALUE);
        }
        List<T> inserts = new ArrayList<>();
        List<T> replaces = new ArrayList<>();
        for (T document : documents) {
            Long storedRevision = stored.get(id.apply(document));
            if (storedRevision == null) {
                inserts.add(document);
            } else if (storedRevision < revision.applyAsLong(document)) {
                replaces.add(document);
            }
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type);
        inserts.forEach(bulk::insert);
        replaces.forEach(document -> bulk.replaceOne(olderOrAbsent(id.apply(document), revisionField,
                revision.applyAsLong(document)), document, FindAndReplaceOptions.options().upsert()));
        if (inserts.isEmpty() && replaces.isEmpty()) {
            return 0;
        }
        int written = inserts.size() + replaces.size();
        try {
            bulk.execute();
            return written;
        } catch (BulkOperationException partly) {
            if (partly.getErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw partly;
            }
            int notWritten = 0;
            for (var error : partly.getErrors()) {
                if (error.getIndex() < inserts.size()) { // stored by another writer since the read: guarded, as save does
                    T document = inserts.get(error.getIndex());
                    notWritten += save(mongo, document, id.apply(document), revisionField, revision.applyAsLong(document)) ? 0 : 1;
                } else {
                    notWritten++; // a guarded replace whose stored one became the same or newer
                }
            }
            return written - notWritten;
        }
    }

    private static Query olderOrAbsent(Object id, String revisionField, long revision) {
        return Query.query(Criteria.where("_id").is(id).and(revisionField).lt(revision));
    }
}
