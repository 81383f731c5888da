package vn.antt.reporting.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.planning.PlanStatus;

class PlanStateTest {

    @Test
    void aDraftIsEditedAndIssuedNothingElse() {
        assertThat(PlanState.DRAFT.allowedActions()).containsExactlyInAnyOrder(PlanAction.EDIT, PlanAction.ISSUE);
    }

    @Test
    void anIssuedPlanChangesOnlyByAmendmentsDeadlinesAndClosing() {
        assertThat(PlanState.ISSUED.allows(PlanAction.EDIT)).isFalse();
        assertThat(PlanState.ISSUED.allowedActions()).containsExactlyInAnyOrder(PlanAction.AMEND,
                PlanAction.SET_INTERNAL_DEADLINE, PlanAction.GRANT_EXTENSION, PlanAction.CLOSE);
    }

    @Test
    void aClosedPlanAllowsNothingAndSaysWhy() {
        for (PlanAction action : PlanAction.values()) {
            assertThat(PlanState.CLOSED.allows(action)).isFalse();
        }
        assertThatThrownBy(() -> PlanState.CLOSED.require("kh-1", PlanAction.GRANT_EXTENSION))
                .isInstanceOf(PlanActionNotAllowedException.class)
                .hasMessageContaining("kh-1 is CLOSED, which does not allow GRANT_EXTENSION");
    }

    @Test
    void eachStateIsPublishedAsTheContractStatusOfTheSameName() {
        for (PlanState state : PlanState.values()) {
            assertThat(state.toStatus()).isEqualTo(PlanStatus.valueOf(state.name()));
        }
    }
}
