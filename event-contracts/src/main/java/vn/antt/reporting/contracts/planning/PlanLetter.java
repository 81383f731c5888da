package vn.antt.reporting.contracts.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * The letter of a plan (Kế hoạch) as it is printed: number, issuer, signature, subject, period, deadline and
 * recipient. {@link PlanPublished} and planning-service's stored plan both carry it unwrapped, so the event and the
 * stored document keep these as flat fields.
 *
 * @param number            number and symbol, e.g. "119/KH-UBND"
 * @param issuingUnitCode   the unit that issued it (e.g. 51)
 * @param issuingBody       e.g. "Ủy ban nhân dân tỉnh Quảng Ngãi"
 * @param signer            e.g. "Nguyễn Hoàng Giang"
 * @param signerTitle       e.g. "CHỦ TỊCH"
 * @param issuedOn          e.g. 2025-05-28
 * @param title             trích yếu: what the plan is about
 * @param legalBasis        the documents it implements
 * @param periodFrom        reporting period start, e.g. 2015-11-09
 * @param periodTo          reporting period end / data cut-off, e.g. 2025-05-10
 * @param deadline          reports must be in before this instant ("trước ngày 10/6/2025" = 2025-06-09T17:00Z)
 * @param recipientUnitCode the unit that receives the reports (e.g. the provincial police)
 * @param recipientName     e.g. "Công an tỉnh (qua Phòng An ninh kinh tế)"
 * @param contact           e.g. "Đ/c Trung tá Võ Minh Cảnh - Đội trưởng, 0889.803.777"
 */
public record PlanLetter(
        String number, String issuingUnitCode, String issuingBody, String signer, String signerTitle, LocalDate issuedOn,
        String title, List<String> legalBasis, LocalDate periodFrom, LocalDate periodTo, Instant deadline,
        String recipientUnitCode, String recipientName, String contact) {

    public PlanLetter {
        legalBasis = ImmutableLists.copyOrEmpty(legalBasis);
    }

    /** The same letter issued on {@code day}. */
    public PlanLetter withIssuedOn(LocalDate day) {
        return new PlanLetter(number, issuingUnitCode, issuingBody, signer, signerTitle, day, title, legalBasis, periodFrom,
                periodTo, deadline, recipientUnitCode, recipientName, contact);
    }

    /** The same letter with reports due before {@code newDeadline}. */
    public PlanLetter withDeadline(Instant newDeadline) {
        return new PlanLetter(number, issuingUnitCode, issuingBody, signer, signerTitle, issuedOn, title, legalBasis, periodFrom,
                periodTo, newDeadline, recipientUnitCode, recipientName, contact);
    }
}
