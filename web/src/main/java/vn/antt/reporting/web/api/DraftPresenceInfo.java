package vn.antt.reporting.web.api;

import java.time.Instant;

/** submission-service: a unit under my node has a draft of its report (never its content). */
public record DraftPresenceInfo(String unitCode, long revision, Instant savedAt) {
}
