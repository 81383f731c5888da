package vn.antt.reporting.web.planadmin;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.antt.reporting.web.api.PlanDetail;
import vn.antt.reporting.web.format.VietnameseDates;
import vn.antt.reporting.web.report.FieldMessages;
import vn.antt.reporting.contracts.planning.ReviewChain;

/**
 * The forms of plan administration ↔ the bodies of planning-service's requests ({@code PlanRequest},
 * {@code AmendmentRequest}, {@code DeadlineRequest}, {@code ExtensionRequest}). Only the typing is checked here
 * (a date that is not a date); every rule of a plan is the service's, and its answer is shown next to the field.
 */
final class PlanRequests {

    /** What a form becomes: the body to send, or the inputs whose text could not be read (then nothing is sent). */
    record Conversion(Map<String, Object> body, FieldMessages messages) {

        boolean readable() {
            return messages.isEmpty();
        }
    }

    static final String DATE_HELP = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 09/11/2015.";
    static final String DEADLINE_HELP = "Thời hạn không hợp lệ: nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 10/06/2025 00:00.";

    private PlanRequests() {
    }

    /**
     * A plan request from the form: the participants are one rule, "every unit of the ticked kinds below the issuing
     * unit", plus the units listed by code; a chain is sent for each kind with at least one level ticked, lowest first.
     *
     * @param kept the stored draft when editing: what the form does not show (milestones, groups) is sent back unchanged
     */
    static Conversion plan(PlanForm form, String issuingUnitCode, PlanDetail kept) {
        FieldMessages messages = new FieldMessages();
        Map<String, Object> body = new LinkedHashMap<>();
        if (!form.planId().isBlank()) {
            body.put("planId", form.planId().strip());
        }
        body.put("number", form.number().strip());
        body.put("issuingBody", form.issuingBody().strip());
        body.put("signer", blankToNull(form.signer()));
        body.put("signerTitle", blankToNull(form.signerTitle()));
        body.put("issuedOn", optionalDate(form.issuedOn(), "issuedOn", messages));
        body.put("title", form.title().strip());
        body.put("legalBasis", form.legalBasis().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
        body.put("periodFrom", requiredDate(form.periodFrom(), "periodFrom", messages));
        body.put("periodTo", requiredDate(form.periodTo(), "periodTo", messages));
        body.put("deadline", requiredDeadline(form.deadline(), "deadline", messages));
        body.put("recipientUnitCode", form.recipientUnitCode().strip());
        body.put("recipientName", blankToNull(form.recipientName()));
        body.put("contact", blankToNull(form.contact()));
        body.put("milestones", kept == null ? List.of() : kept.milestones());
        body.put("lockAtDeadline", form.lockAtDeadline());
        body.put("outlineId", form.outlineId().strip());
        body.put("outlineVersion", positive(form.outlineVersion(), "outlineVersion",
                "Phiên bản đề cương là một số nguyên dương, ví dụ 1.", messages));
        body.put("comparisonPlanId", blankToNull(form.comparisonPlanId()));
        Map<String, Object> participants = new LinkedHashMap<>();
        participants.put("units", codes(form.units()));
        participants.put("rules", form.kinds().isEmpty() ? List.of()
                : List.of(Map.of("within", issuingUnitCode, "kinds", form.kinds())));
        body.put("participants", participants);
        body.put("reviewChains", chains(form));
        Integer days = form.reviewDays().isBlank() ? null
                : positive(form.reviewDays(), "reviewDays", "Số ngày thẩm định là một số nguyên dương, ví dụ 3.", messages);
        body.put("reviewTime", days == null ? null : Duration.ofDays(days).toString());
        body.put("returnToSubmitter", form.returnToSubmitter());
        body.put("groups", kept == null ? List.of() : kept.groups());
        return new Conversion(body, messages);
    }

    /** The review chains the form ticks, each kind's levels lowest first. */
    static List<Map<String, Object>> chains(PlanForm form) {
        List<Map<String, Object>> chains = new ArrayList<>();
        for (Map.Entry<String, List<String>> chain : form.chains().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(PlanRequests::kindOrder)).toList()) {
            List<String> levels = PlanKinds.REVIEW_LEVELS.stream().filter(chain.getValue()::contains).toList();
            if (!levels.isEmpty()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("unitKind", chain.getKey());
                entry.put("levels", levels);
                chains.add(entry);
            }
        }
        return chains;
    }

    private static int kindOrder(String a, String b) {
        return Integer.compare(order(a), order(b));
    }

    private static int order(String kind) {
        int at = PlanKinds.PARTICIPANT_KINDS.indexOf(kind);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** The form of a stored draft, as it would have been typed. */
    static PlanForm form(PlanDetail plan) {
        Set<String> kinds = new LinkedHashSet<>();
        plan.participants().rules().forEach(rule -> kinds.addAll(rule.kinds()));
        Map<String, List<String>> chains = new LinkedHashMap<>();
        for (ReviewChain chain : plan.reviewChains()) {
            chains.put(chain.unitKind(), chain.levels());
        }
        return new PlanForm(plan.planId(), plan.number(), plan.issuingBody(), nullToBlank(plan.signer()), nullToBlank(plan.signerTitle()),
                VietnameseDates.format(plan.issuedOn()), plan.title(), String.join("\n", plan.legalBasis()),
                VietnameseDates.format(plan.periodFrom()), VietnameseDates.format(plan.periodTo()), VietnameseDates.format(plan.deadline()),
                plan.recipientUnitCode(), nullToBlank(plan.recipientName()), nullToBlank(plan.contact()), plan.outlineId(),
                Integer.toString(plan.outlineVersion()), nullToBlank(plan.comparisonPlanId()), List.copyOf(kinds),
                String.join(", ", plan.participants().units()), chains,
                plan.reviewTime() == null ? "" : Long.toString(plan.reviewTime().toDays()), plan.lockAtDeadline(), plan.returnToSubmitter());
    }

    /**
     * A new plan's form: issued by my unit, to my unit, reviewed as most plans issued {@code today} are (communes by the
     * province since 1/7/2025, by the district then the province before).
     */
    static PlanForm blank(String issuingBody, String myUnitCode, LocalDate today) {
        Map<String, List<String>> chains = new LinkedHashMap<>();
        chains.put("COMMUNE", PlanKinds.communeChainOn(today));
        return new PlanForm("", "", issuingBody, "", "", "", "", "", "", "", "", myUnitCode, "", "", "", "1", "",
                List.of("COMMUNE"), "", chains, "3", false, true);
    }

    /** An amendment: a new deadline and/or units added or removed, always with a reason. */
    static Conversion amendment(String deadline, String addUnits, String removeUnits, String reason) {
        FieldMessages messages = new FieldMessages();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("addUnits", codes(addUnits));
        body.put("removeUnits", codes(removeUnits));
        body.put("deadline", deadline == null || deadline.isBlank() ? null : requiredDeadline(deadline, "deadline", messages));
        body.put("reason", reason == null ? "" : reason.strip());
        return new Conversion(body, messages);
    }

    /** A level's internal deadline for the units below it. */
    static Conversion internalDeadline(String deadline, String reason) {
        FieldMessages messages = new FieldMessages();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deadline", requiredDeadline(deadline, "deadline", messages));
        body.put("reason", blankToNull(reason));
        return new Conversion(body, messages);
    }

    /** More time for one unit below, with a reason. */
    static Conversion extension(String unitCode, String deadline, String reason) {
        FieldMessages messages = new FieldMessages();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("unitCode", unitCode == null ? "" : unitCode.strip());
        body.put("deadline", requiredDeadline(deadline, "deadline", messages));
        body.put("reason", reason == null ? "" : reason.strip());
        return new Conversion(body, messages);
    }

    /** Unit codes typed with commas, semicolons, spaces or lines between them. */
    static List<String> codes(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(code -> !code.isBlank()).distinct().toList();
    }

    private static String requiredDate(String text, String input, FieldMessages messages) {
        if (text == null || text.isBlank()) {
            messages.add(input, "Cần nhập ngày (dạng ngày/tháng/năm).");
            return null;
        }
        return optionalDate(text, input, messages);
    }

    private static String optionalDate(String text, String input, FieldMessages messages) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = VietnameseDates.date(text);
        if (date.isEmpty()) {
            messages.add(input, DATE_HELP);
            return null;
        }
        return date.get().toString();
    }

    private static String requiredDeadline(String text, String input, FieldMessages messages) {
        if (text == null || text.isBlank()) {
            messages.add(input, "Cần nhập thời hạn (dạng ngày/tháng/năm giờ:phút).");
            return null;
        }
        Optional<OffsetDateTime> deadline = VietnameseDates.deadline(text);
        if (deadline.isEmpty()) {
            messages.add(input, DEADLINE_HELP);
            return null;
        }
        return deadline.get().toString();
    }

    private static Integer positive(String text, String input, String message, FieldMessages messages) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // the message below says how to write it
        }
        messages.add(input, message);
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToBlank(String text) {
        return text == null ? "" : text;
    }
}
