package vn.antt.reporting.platform.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files sent for download: the content types of Word and Excel files and a {@code Content-Disposition} with an ASCII
 * fallback name and the UTF-8 name ({@code filename*}, RFC 6266/8187), so "Báo cáo 163-BC-UBND.docx" reaches every
 * browser and curl's {@code -OJ}. Only whole files are sent: the caller builds the bytes (or a finished temporary file)
 * first, so a failure still answers with problem details.
 */
public final class Attachments {

    public static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Attachments() {
    }

    public static ResponseEntity<byte[]> of(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .body(content);
    }

    /** {@code attachment; filename="Bao-cao-163-BC-UBND.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o…}. */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + ascii(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** "Báo cáo 163/BC-UBND – Xã Tịnh Sơn.docx" → "Bao-cao-163-BC-UBND-Xa-Tinh-Son.docx". */
    public static String ascii(String fileName) {
        String plain = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-(?=\\.)|-$", "");
    }

    /** A file name without the characters a file system refuses ("/" of "163/BC-UBND" becomes "-"). */
    public static String safeName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-").strip();
    }

    private static String percentEncoded(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
