package vn.antt.reporting.planning.plan;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.antt.reporting.contracts.ImmutableLists;
import vn.antt.reporting.planning.unit.UnitKind;

/**
 * Who must report under a plan, as the plan writes it: listed units and rules such as "all communes
 * of province 51". Resolved into the fixed list of expected units on the plan's issue date.
 */
public record Participants(
        @Size(max = 20_000) List<@NotBlank String> units,
        @Size(max = 100) List<@Valid @NotNull Rule> rules) {

    public Participants {
        units = ImmutableLists.copyOrEmpty(units);
        rules = ImmutableLists.copyOrEmpty(rules);
    }

    /** Every unit of one of {@code kinds} below {@code within} (at any depth). */
    public record Rule(@NotBlank String within, @NotEmpty List<@NotNull UnitKind> kinds) {

        public Rule {
            kinds = ImmutableLists.copyOrEmpty(kinds);
        }
    }
}
