package vn.antt.reporting.platform.readmodel;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Stores a document only when it is newer than the stored one, in one atomic step: the way every
 * read model applies events, so that duplicated, replayed and out-of-order events change nothing.
 */
public final class NewerWins {

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
}
