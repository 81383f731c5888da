package vn.antt.reporting.planning.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.planning.unit.Unit;
import vn.antt.reporting.planning.unit.UnitQueries;
import vn.antt.reporting.platform.problem.FieldError;

/**
 * Which units a plan expects: those its participants select in the unit directory as of a day (listed codes, and
 * units of given kinds within a unit), and the units a plan concerns (its issuer, its recipient, the expected units
 * and every unit above them).
 */
@Component
class ExpectedUnits {

    private final UnitQueries units;

    ExpectedUnits(UnitQueries units) {
        this.units = units;
    }

    /** The units the participants select on {@code day}, sorted by code, each once; a code unknown that day is an error. */
    List<ExpectedUnit> resolve(Participants participants, LocalDate day, List<FieldError> errors) {
        Map<String, ExpectedUnit> selected = new TreeMap<>();
        for (int i = 0; i < participants.units().size(); i++) {
            String code = participants.units().get(i);
            Optional<Unit> unit = units.find(code, day);
            if (unit.isEmpty()) {
                errors.add(new FieldError("participants.units[" + i + "]", "no unit " + code + " exists on " + day));
            } else {
                selected.put(code, of(unit.get()));
            }
        }
        for (int i = 0; i < participants.rules().size(); i++) {
            Participants.Rule rule = participants.rules().get(i);
            if (units.find(rule.within(), day).isEmpty()) {
                errors.add(new FieldError("participants.rules[" + i + "].within", "no unit " + rule.within() + " exists on " + day));
                continue;
            }
            for (Unit unit : units.subtree(rule.within(), day)) {
                if (rule.kinds().contains(unit.kind())) {
                    selected.put(unit.code(), of(unit));
                }
            }
        }
        return List.copyOf(selected.values());
    }

    /** The unit of {@code code} on {@code day} as an expected unit, if it exists then. */
    Optional<ExpectedUnit> find(String code, LocalDate day) {
        return units.find(code, day).map(ExpectedUnits::of);
    }

    /**
     * The units {@code plan} concerns once it expects {@code expected}, as of {@code day} (its issue date): who may read
     * it, in this order. Each is its directory version's key, matched against the caller's {@code unit_version}: a code
     * that named another unit on {@code day} (reused across the reform) does not open the plan to the unit it names now.
     */
    List<String> concerned(Plan plan, List<ExpectedUnit> expected, LocalDate day) {
        Set<String> others = new LinkedHashSet<>();
        others.add(plan.letter().issuingUnitCode());
        others.add(plan.letter().recipientUnitCode());
        expected.forEach(unit -> others.addAll(unit.ancestry()));
        others.remove(null);
        Map<String, Unit> versions = units.find(others, day);
        Set<String> keys = new LinkedHashSet<>();
        for (String code : List.of(plan.letter().issuingUnitCode(), plan.letter().recipientUnitCode())) {
            keys.add(keyOf(code, versions));
        }
        for (ExpectedUnit unit : expected) {
            unit.ancestry().forEach(code -> keys.add(keyOf(code, versions)));
            keys.add(unit.key());
        }
        keys.remove(null);
        return List.copyOf(keys);
    }

    private static String keyOf(String code, Map<String, Unit> versions) {
        Unit unit = code == null ? null : versions.get(code);
        return unit == null ? code : unit.key();
    }

    private static ExpectedUnit of(Unit unit) {
        return new ExpectedUnit(unit.code(), unit.name(), unit.kind().name(), unit.ancestry(), unit.key());
    }
}
