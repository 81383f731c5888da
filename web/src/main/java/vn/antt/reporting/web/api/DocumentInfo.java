package vn.antt.reporting.web.api;

import java.time.LocalDate;
import java.util.List;

/** The official document's block: number and symbol, date, signer and title, recipients. */
public record DocumentInfo(String number, LocalDate issuedOn, String signer, String signerTitle, List<String> recipients) {

    public DocumentInfo {
        recipients = recipients == null ? List.of() : recipients;
    }
}
