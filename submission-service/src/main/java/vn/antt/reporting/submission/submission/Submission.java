package vn.antt.reporting.submission.submission;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.submission.FigureValue;
import vn.antt.reporting.contracts.submission.UnitRef;
import vn.antt.reporting.platform.outbox.PendingEvent;

/**
 * One immutable version of a unit's report for a plan. The unique index on (plan, unit, version)
 * guarantees that two racing submits never make two versions of the same number. The
 * {@code outbox} holds the events of this write until the relay has published them. What is submitted
 * never changes; only {@code status} moves (and the signed {@code scan} is attached once), each move appended to {@code history} in the same update. The idempotency
 * key (the client's, or a random one) is unique per user, so a retried submit finds its first result.
 */
@Document(Submission.COLLECTION)
@CompoundIndex(name = "plan_unit_version", def = "{'planId': 1, 'unit.code': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "idempotency", def = "{'submittedBy': 1, 'idempotencyKey': 1}", unique = true)
public record Submission(
        @Id String id,
        String planId,
        UnitRef unit,
        int version,
        SubmissionStatus status,
        OfficialDocument document,
        List<SectionText> sections,
        List<FigureValue> figures,
        List<ValidationWarning> warnings,
        Instant deadline,
        boolean late,
        Instant submittedAt,
        String submittedBy,
        String idempotencyKey,
        String requestHash,
        List<StatusChange> history,
        List<PendingEvent> outbox,
        ScanRef scan) {

    public static final String COLLECTION = "submissions";

    public Submission {
        history = history == null ? List.of() : List.copyOf(history);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }
}
