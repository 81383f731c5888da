package vn.antt.reporting.web.api;

import java.time.Instant;
import java.util.List;

import vn.antt.reporting.contracts.review.ReturnNote;

/** One move of a version's status, with a reviewer's reason and notes when it was returned. */
public record StatusChange(String from, String to, Instant at, String userId, String unitCode, String reason, List<ReturnNote> notes) {

    public StatusChange {
        notes = notes == null ? List.of() : notes;
    }
}
