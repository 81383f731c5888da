package vn.antt.reporting.submission.submission;

import java.time.Instant;

/**
 * The signed scan of a version's official document, kept in GridFS.
 *
 * @param fileId     the GridFS file's id
 * @param fileName   the name the clerk uploaded, reduced to its last segment (no directories)
 * @param size       bytes
 * @param sha256     hex SHA-256 of the bytes, computed on upload; served as {@code Repr-Digest}
 */
public record ScanRef(String fileId, String fileName, String contentType, long size, String sha256, Instant uploadedAt,
                      String uploadedBy) {
}
