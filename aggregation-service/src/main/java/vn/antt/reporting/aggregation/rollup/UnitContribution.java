package vn.antt.reporting.aggregation.rollup;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.antt.reporting.contracts.submission.FigureValue;

/**
 * What one unit contributes to the roll-ups of a plan: its latest submitted version. One document per
 * (plan, unit), replaced only by a higher version, so duplicated, replayed or out-of-order events
 * never count a unit twice. Every node's figures are derived from these documents. A withdrawal of
 * version n ({@code withdrawn}) is newer than its submission and older than version n+1: {@code order}
 * is {@code 2n} for a submission and {@code 2n+1} for a withdrawal, and a higher order replaces a lower one.
 */
@Document(UnitContribution.COLLECTION)
@CompoundIndex(name = "plan_ancestry", def = "{'planId': 1, 'ancestry': 1}")
public record UnitContribution(
        @Id String id,
        String planId,
        String unitCode,
        String unitName,
        String unitKind,
        List<String> ancestry,
        int version,
        String submissionId,
        Instant submittedAt,
        boolean late,
        List<FigureValue> figures,
        boolean withdrawn,
        long order) {

    public static final String COLLECTION = "unit_contributions";

    static long order(int version, boolean withdrawn) {
        return 2L * version + (withdrawn ? 1 : 0);
    }

    static String idOf(String planId, String unitCode) {
        return planId + ":" + unitCode;
    }
}
