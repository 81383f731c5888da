package vn.antt.reporting.submission.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ScanServiceTest {

    @Test
    void aPdfNeedsItsHeaderAndATrailerNearTheEnd() {
        assertThat(ScanService.looksLikePdf(ScanMother.signedReport163())).isTrue();
        assertThat(ScanService.looksLikePdf(ScanMother.pdfOfSize(5000))).isTrue();
        assertThat(ScanService.looksLikePdf("%PDF-1.7 then nothing".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(ScanService.looksLikePdf("PK\u0003\u0004 %%EOF".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(ScanService.looksLikePdf(new byte[0])).isFalse();
    }

    @Test
    void fileNamesKeepOnlyTheirLastSegmentWithoutControlCharacters() {
        assertThat(ScanService.safeFileName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(ScanService.safeFileName("C:\\Users\\vanthu\\Báo cáo.pdf")).isEqualTo("Báo cáo.pdf");
        assertThat(ScanService.safeFileName("bao\u0000cao\r\n.pdf")).isEqualTo("baocao.pdf");
        assertThat(ScanService.safeFileName("..")).isEqualTo("ban-quet.pdf");
        assertThat(ScanService.safeFileName(null)).isEqualTo("ban-quet.pdf");
    }
}
