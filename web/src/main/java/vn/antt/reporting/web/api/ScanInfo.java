package vn.antt.reporting.web.api;

import java.time.Instant;

/** The signed scan attached to a version. */
public record ScanInfo(String fileName, long size, Instant uploadedAt, String uploadedBy) {
}
