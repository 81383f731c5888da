package vn.antt.reporting.web.api;

import java.time.Instant;
import java.time.LocalDate;

/** A plan as planning-service lists it (the fields the pages show). */
public record PlanInfo(String planId, String number, String title, String state, String issuingBody, String issuingUnitCode, Instant deadline,
                       String recipientName, LocalDate periodFrom, LocalDate periodTo, String outlineId, int outlineVersion) {
}
