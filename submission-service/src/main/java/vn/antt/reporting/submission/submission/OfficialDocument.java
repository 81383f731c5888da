package vn.antt.reporting.submission.submission;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.antt.reporting.platform.time.NotAfterToday;

/**
 * The official document's metadata, as printed on it: "Số: 163/BC-UBND", "Tịnh Sơn, ngày 06 tháng 6
 * năm 2025", signer and title ("TM. UBND xã / CHỦ TỊCH"), recipients ("Nơi nhận"). Its date is not after today in
 * Vietnam (a report dated today is accepted from 00:00 +07:00).
 */
public record OfficialDocument(
        @NotBlank @Size(max = 64) String number,
        @NotNull @NotAfterToday LocalDate issuedOn,
        @Size(max = 200) String signer,
        @Size(max = 200) String signerTitle,
        List<@NotBlank @Size(max = 300) String> recipients) {
}
