package vn.antt.reporting.submission.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.antt.reporting.platform.security.Caller;
import vn.antt.reporting.platform.text.Nfc;
import vn.antt.reporting.submission.submission.Submission;
import vn.antt.reporting.submission.access.SubmissionAccess;
import vn.antt.reporting.submission.submission.ScanRef;
import vn.antt.reporting.submission.submission.SubmissionService;

/**
 * Signed scans of the official documents. Every check (who, size, PDF shape) runs before a byte is
 * stored; the file goes to GridFS, then one guarded update attaches it to the version. If another upload
 * attached first, this file is removed again, so a version never points at two scans.
 */
@Service
record ScanService(MongoTemplate mongo, GridFsTemplate gridFs, SubmissionService submissions, SubmissionAccess access,
                   ScanProperties properties, Clock clock) {

    static final String PDF = "application/pdf";
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** Writers may append a few bytes (line ends, padding) after the trailer. */
    private static final int TRAILER_WINDOW = 1024;

    public ScanRef attach(Caller caller, String submissionId, MultipartFile file) {
        Submission submission = submissions.get(caller, submissionId);
        access.requireClerkOf(caller, submission.unit().code(), submission.unit().versionKey(), "attach the signed scan of its report");
        if (submission.scan() != null) {
            throw new ScanAlreadyAttachedException(submissionId, submission.scan().sha256());
        }
        long max = properties.maxSize().toBytes();
        if (file.getSize() > max) {
            throw new ScanTooLargeException(file.getSize(), max);
        }
        String declared = file.getContentType();
        if (declared == null || !declared.toLowerCase(java.util.Locale.ROOT).startsWith(PDF)) {
            throw new ScanNotPdfException("is declared as " + declared + "; only " + PDF + " is accepted");
        }
        byte[] bytes = bytesOf(file);
        if (!looksLikePdf(bytes)) {
            throw new ScanNotPdfException("does not have the header %PDF- and the trailer %%EOF of a PDF file");
        }
        String sha256 = sha256(bytes);
        String fileName = safeFileName(file.getOriginalFilename());
        Document metadata = new Document("submissionId", submissionId).append("sha256", sha256)
                .append("uploadedBy", caller.userId());
        ObjectId fileId = gridFs.store(new ByteArrayInputStream(bytes), fileName, PDF, metadata);
        ScanRef scan = new ScanRef(fileId.toHexString(), fileName, PDF, bytes.length, sha256, clock.instant(), caller.userId());
        boolean attached = mongo.updateFirst(Query.query(Criteria.where("_id").is(submissionId).and("scan").is(null)),
                new Update().set("scan", scan), Submission.class).getModifiedCount() == 1;
        if (!attached) {
            gridFs.delete(Query.query(Criteria.where("_id").is(fileId)));
            Submission winner = mongo.findById(submissionId, Submission.class);
            throw new ScanAlreadyAttachedException(submissionId, winner.scan() == null ? "?" : winner.scan().sha256());
        }
        return scan;
    }

    /** The scan's reference and content, for whoever may read the version. */
    public StoredScan read(Caller caller, String submissionId) {
        Submission submission = submissions.get(caller, submissionId);
        if (submission.scan() == null) {
            throw new ScanNotFoundException(submissionId);
        }
        GridFsResource resource = gridFs.getResource(gridFs.findOne(
                Query.query(Criteria.where("_id").is(new ObjectId(submission.scan().fileId())))));
        try (InputStream in = resource.getInputStream()) {
            return new StoredScan(submission.scan(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record StoredScan(ScanRef ref, byte[] content) {
    }

    static boolean looksLikePdf(byte[] bytes) {
        if (bytes.length < PDF_HEADER.length + PDF_TRAILER.length) {
            return false;
        }
        for (int i = 0; i < PDF_HEADER.length; i++) {
            if (bytes[i] != PDF_HEADER[i]) {
                return false;
            }
        }
        int from = Math.max(PDF_HEADER.length, bytes.length - TRAILER_WINDOW);
        outer:
        for (int i = bytes.length - PDF_TRAILER.length; i >= from; i--) {
            for (int j = 0; j < PDF_TRAILER.length; j++) {
                if (bytes[i + j] != PDF_TRAILER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Keeps only the last segment of what the client named the file, without control characters. */
    static String safeFileName(String original) {
        if (original == null) {
            return "ban-quet.pdf";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        name = Nfc.of(name).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "ban-quet.pdf";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
