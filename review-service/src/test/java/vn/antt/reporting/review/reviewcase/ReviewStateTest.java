package vn.antt.reporting.review.reviewcase;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReviewStateTest {

    @Test
    void onlyCasesWaitingForAReviewerMayBeAcceptedOrReturned() {
        for (ReviewState state : ReviewState.values()) {
            boolean waiting = state == ReviewState.SUBMITTED || state == ReviewState.ACCEPTED;
            assertThat(state.allows(ReviewAction.ACCEPT)).as(state + " accept").isEqualTo(waiting);
            assertThat(state.allows(ReviewAction.RETURN)).as(state + " return").isEqualTo(waiting);
            assertThat(state.awaitsReviewer()).isEqualTo(waiting);
        }
    }

    @Test
    void onlyAFinalReportMayBeReopened() {
        for (ReviewState state : ReviewState.values()) {
            assertThat(state.allows(ReviewAction.REOPEN)).as(state + " reopen").isEqualTo(state == ReviewState.FINAL);
        }
    }
}
