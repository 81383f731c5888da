package vn.antt.reporting.aggregation.rollup;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.antt.reporting.platform.directory.DirectoryUnit;
import vn.antt.reporting.platform.directory.UnitDirectory;
import vn.antt.reporting.platform.security.AccessRefusedException;
import vn.antt.reporting.platform.security.Caller;

@RestController
@RequestMapping("/api/rollups")
class RollupController {

    private final MongoTemplate mongo;
    private final UnitDirectory directory;

    RollupController(MongoTemplate mongo, UnitDirectory directory) {
        this.mongo = mongo;
        this.directory = directory;
    }

    /** A unit sees the roll-up of its own node and of every node below it; a district its subtree, the province all. */
    @GetMapping("/{planId}/nodes/{node}")
    NodeRollup node(Caller caller, @PathVariable String planId, @PathVariable String node) {
        if (!directory.isSameOrAbove(caller.unitCode(), node)) {
            throw new AccessRefusedException("Unit " + caller.unitCode() + " may not read the roll-up of unit " + node);
        }
        // A withdrawn version counts nowhere.
        Criteria below = Criteria.where("planId").is(planId).and("withdrawn").is(false)
                .orOperator(Criteria.where("ancestry").is(node), Criteria.where("unitCode").is(node));
        long submitted = mongo.count(Query.query(below), UnitContribution.class);
        long late = mongo.count(Query.query(Criteria.where("planId").is(planId).and("withdrawn").is(false).and("late").is(true)
                .orOperator(Criteria.where("ancestry").is(node), Criteria.where("unitCode").is(node))), UnitContribution.class);
        String name = directory.find(node).map(DirectoryUnit::name).orElse(null);
        return new NodeRollup(planId, node, name, submitted, submitted - late, late);
    }
}
