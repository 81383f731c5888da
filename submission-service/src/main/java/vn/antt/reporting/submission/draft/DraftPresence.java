package vn.antt.reporting.submission.draft;

import java.time.Instant;

/**
 * That a unit has a draft of its report, without its content: what a supervisor's status board shows as "bản nháp".
 *
 * @param unitCode the unit writing it
 * @param revision saves so far
 * @param savedAt  the last save
 */
public record DraftPresence(String unitCode, long revision, Instant savedAt) {
}
