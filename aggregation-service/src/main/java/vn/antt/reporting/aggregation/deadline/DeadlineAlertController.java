package vn.antt.reporting.aggregation.deadline;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antt.reporting.aggregation.access.AggregationAccess;
import vn.antt.reporting.aggregation.rollup.PlanNotKnownException;
import vn.antt.reporting.aggregation.rollup.RollupService;
import vn.antt.reporting.contracts.aggregation.MissingUnit;
import vn.antt.reporting.contracts.planning.PlanPublished;
import vn.antt.reporting.platform.security.Caller;

@RestController
@RequestMapping("/api/alerts")
@Tag(name = "Cảnh báo hạn nộp", description = "Deadline alerts raised for a plan")
class DeadlineAlertController {

    private final MongoTemplate mongo;
    private final RollupService rollups;
    private final AggregationAccess access;

    DeadlineAlertController(MongoTemplate mongo, RollupService rollups, AggregationAccess access) {
        this.mongo = mongo;
        this.rollups = rollups;
        this.access = access;
    }

    /** An alert as its readers see it. */
    record AlertView(String alertId, AlertKind kind, String supervisorUnitCode, String recipientUnitCode, Instant deadline,
                     Instant dueAt, Instant raisedAt, List<MissingUnit> missingUnits) {
    }

    @GetMapping
    @Operation(summary = "The alerts raised for a plan that concern the caller's unit or a unit below it, oldest first")
    List<AlertView> alerts(Caller caller, @RequestParam String planId) {
        PlanPublished plan = rollups.plan(planId).orElseThrow(() -> new PlanNotKnownException(planId));
        return mongo.find(Query.query(Criteria.where("planId").is(planId)), RaisedAlert.class).stream()
                .filter(a -> access.mayRead(caller, plan, a.recipientUnitCode()) || access.mayRead(caller, plan, a.supervisorUnitCode()))
                .sorted(Comparator.comparing(RaisedAlert::raisedAt).thenComparing(RaisedAlert::id))
                .map(a -> new AlertView(a.id(), a.kind(), a.supervisorUnitCode(), a.recipientUnitCode(), a.deadline(), a.dueAt(),
                        a.raisedAt(), a.missingUnits()))
                .toList();
    }
}
