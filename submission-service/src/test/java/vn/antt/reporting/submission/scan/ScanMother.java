package vn.antt.reporting.submission.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte-for-byte PDF files for upload tests: a small valid one, and one of any size. */
public final class ScanMother {

    private ScanMother() {
    }

    /** A minimal one-page PDF, as a scanner's driver would write it (header, objects, trailer). */
    public static byte[] signedReport163() {
        return ("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF padded with a stream of zeros to {@code size} bytes. */
    public static byte[] pdfOfSize(int size) {
        byte[] head = "%PDF-1.4\n1 0 obj << /Length 0 >> stream\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\nendstream endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(head);
        out.writeBytes(new byte[size - head.length - tail.length]);
        out.writeBytes(tail);
        return out.toByteArray();
    }
}
