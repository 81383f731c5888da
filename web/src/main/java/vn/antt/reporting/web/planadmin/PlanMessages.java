package vn.antt.reporting.web.planadmin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.antt.reporting.platform.text.VietnameseFormat;
import vn.antt.reporting.web.api.FieldMessage;
import vn.antt.reporting.web.api.ServiceProblem;
import vn.antt.reporting.web.report.FieldMessages;

/**
 * planning-service's answers about plans, in the administrator's words: each {@code errors[].field} names the form's
 * input it goes next to, each English message (the service's, for machines and logs) becomes a Vietnamese sentence
 * with its dates written dd/MM/yyyy and its instants with +07:00; a refusal of the whole action (409: changed
 * meanwhile, not allowed in this state, id taken) becomes one sentence above the form. The one place for this mapping.
 */
final class PlanMessages {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** An English message of the service and its Vietnamese sentence ({@code $1}… are the message's groups). */
    private record Translation(Pattern english, Function<Matcher, String> vietnamese) {
    }

    private static final List<Translation> TRANSLATIONS = List.of(
            t("must not be (blank|null|empty)", m -> "Không được để trống."),
            t("size must be between (\\d+) and (\\d+)", m -> "Độ dài phải từ " + m.group(1) + " đến " + m.group(2) + " (ký tự hoặc mục)."),
            t("must match .*", m -> "Chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ kh-119-2025-qng."),
            t("must be greater than or equal to (\\d+)", m -> "Phải từ " + m.group(1) + " trở lên."),
            t("has the wrong type(?: or format)?", m -> "Giá trị không đúng định dạng."),
            t("the reporting period ends \\((.+)\\) before it starts \\((.+)\\)",
                    m -> "Ngày kết thúc kỳ báo cáo (" + day(m.group(1)) + ") trước ngày bắt đầu (" + day(m.group(2)) + ")."),
            t("the deadline (.+) precedes the end of the reporting period (.+)",
                    m -> "Thời hạn " + instant(m.group(1)) + " sớm hơn ngày kết thúc kỳ báo cáo " + day(m.group(2))
                            + ": thời hạn phải từ 00:00 ngày hôm sau trở đi."),
            t("the deadline precedes the end of the reporting period (.+)",
                    m -> "Thời hạn sớm hơn ngày kết thúc kỳ báo cáo " + day(m.group(1)) + ": thời hạn phải từ 00:00 ngày hôm sau trở đi."),
            t("the deadline precedes the issue date (.+)", m -> "Thời hạn sớm hơn ngày ban hành " + day(m.group(1)) + "."),
            t("no unit has the code (.+)", m -> "Không có đơn vị nào mang mã " + m.group(1) + "."),
            t("no unit (.+) exists on (.+)", m -> "Đơn vị mã " + m.group(1) + " không tồn tại vào ngày " + day(m.group(2)) + "."),
            t("no outline (.+) version (\\d+)", m -> "Không có đề cương " + m.group(1) + " phiên bản " + m.group(2) + "."),
            t("no other plan has the id (.+)", m -> "Không có kế hoạch nào khác mang mã " + m.group(1) + "."),
            t("name the units that report, or a rule that selects them",
                    m -> "Chọn ít nhất một loại đơn vị tham gia hoặc nhập mã đơn vị tham gia."),
            t("select no unit on (.+)", m -> "Không có đơn vị nào thuộc các loại đã chọn vào ngày " + day(m.group(1)) + "."),
            t("no review chain for units of kind (\\w+) \\(e\\.g\\. (.+)\\)",
                    m -> "Chưa chọn cấp thẩm định cho loại đơn vị \"" + PlanKinds.name(m.group(1)) + "\" (ví dụ đơn vị mã " + m.group(2) + ")."),
            t("unit (\\S+) \\((\\w+)\\) has no (\\w+) above it to review it",
                    m -> "Đơn vị mã " + m.group(1) + " (" + PlanKinds.name(m.group(2)) + ") không có " + PlanKinds.level(m.group(3))
                            + " ở trên để thẩm định."),
            t("unknown kind of unit (.+)", m -> "Không có loại đơn vị " + m.group(1) + "."),
            t("a second chain for (\\w+)", m -> "Loại đơn vị \"" + PlanKinds.name(m.group(1)) + "\" có hai trình tự thẩm định."),
            t("at least one level reviews", m -> "Cần ít nhất một cấp thẩm định."),
            t("a review level is an administrative kind.*", m -> "Cấp thẩm định phải là cấp hành chính (xã, huyện, tỉnh)."),
            t("must be a positive duration.*", m -> "Thời gian thẩm định phải là số ngày dương."),
            t("unit (\\S+) is not expected under (?:this plan|plan .+)",
                    m -> "Đơn vị mã " + m.group(1) + " không có trong danh sách đơn vị phải báo cáo của kế hoạch."),
            t("unit (\\S+) is expected already", m -> "Đơn vị mã " + m.group(1) + " đã có trong danh sách đơn vị phải báo cáo."),
            t("an amendment adds or removes units or sets a new deadline",
                    m -> "Một lần điều chỉnh cần đặt thời hạn mới, hoặc thêm, hoặc bớt đơn vị."),
            t("a plan keeps at least one expected unit", m -> "Kế hoạch phải còn ít nhất một đơn vị phải báo cáo."),
            t("the issuing unit changes the plan's deadline by an amendment",
                    m -> "Đơn vị ban hành thay đổi thời hạn của kế hoạch bằng một lần điều chỉnh, không phải thời hạn nội bộ."),
            t("unit (\\S+) has no expected unit below it in plan .+",
                    m -> "Không có đơn vị nào dưới đơn vị mã " + m.group(1) + " phải báo cáo theo kế hoạch này."),
            t("The internal deadline of unit (\\S+) \\((.+)\\) is later than the deadline that applies to it \\((.+)\\)",
                    m -> "Thời hạn nội bộ " + instant(m.group(2)) + " muộn hơn thời hạn áp dụng cho chính đơn vị (" + instant(m.group(3)) + ")."),
            t("Unit (\\S+) below (\\S+) has set a later internal deadline \\((.+)\\); it must move first",
                    m -> "Đơn vị cấp dưới mã " + m.group(1) + " đã đặt thời hạn nội bộ muộn hơn (" + instant(m.group(3))
                            + "); đơn vị đó cần sửa trước."),
            t("Unit (\\S+) may extend up to its own deadline \\((.+)\\), not to (.+)",
                    m -> "Chỉ được gia hạn đến thời hạn của chính đơn vị mình (" + instant(m.group(2)) + "), không đến " + instant(m.group(3)) + "."),
            t("not later than the unit's current deadline (.+)",
                    m -> "Thời hạn gia hạn phải muộn hơn thời hạn hiện tại của đơn vị (" + instant(m.group(1)) + ")."),
            t("a group .*|.* is listed twice.*|a second group .*|.* is not an expected unit of the plan.*",
                    m -> "Nhóm đơn vị của kế hoạch không hợp lệ."),
            t("is missing|is not readable JSON.*", m -> "Thiếu hoặc sai dữ liệu."));

    private PlanMessages() {
    }

    private static Translation t(String english, Function<Matcher, String> vietnamese) {
        return new Translation(Pattern.compile(english), vietnamese);
    }

    /** Every field error of the service next to its input ({@link #input(String)}), in Vietnamese. */
    static FieldMessages of(List<FieldMessage> errors) {
        FieldMessages messages = new FieldMessages();
        for (FieldMessage error : errors) {
            messages.add(input(error.field()), vietnamese(error.message()));
        }
        return messages;
    }

    /** A problem of the service as the form shows it: its field errors, or one sentence when it names no field. */
    static FieldMessages of(ServiceProblem problem) {
        if (!problem.errors().isEmpty()) {
            return of(problem.errors());
        }
        FieldMessages messages = new FieldMessages();
        if (problem.is(409, "plan-exists")) {
            messages.add("planId", "Mã kế hoạch này đã được dùng cho một kế hoạch khác: hãy đặt mã khác hoặc để trống.");
        } else {
            messages.add(null, refusal(problem));
        }
        return messages;
    }

    /** The input a service's field path belongs to (the form's input names), or null for the list above the form. */
    static String input(String field) {
        String f = field == null ? "" : field;
        String root = f.replaceAll("[.\\[].*", "");
        return switch (root) {
            case "planId", "number", "issuingBody", "signer", "signerTitle", "issuedOn", "title", "periodFrom", "periodTo", "deadline",
                 "recipientUnitCode", "recipientName", "contact", "outlineId", "outlineVersion", "comparisonPlanId", "reason", "unitCode",
                 "addUnits", "removeUnits", "legalBasis" -> root;
            case "participants" -> f.startsWith("participants.units") ? "units" : "kinds";
            case "reviewChains" -> "chains";
            case "reviewTime" -> "reviewDays";
            default -> null;
        };
    }

    /** An English message of the service as a Vietnamese sentence; one it does not know is named as not accepted. */
    static String vietnamese(String english) {
        String message = english == null ? "" : english.strip();
        for (Translation translation : TRANSLATIONS) {
            Matcher matcher = translation.english().matcher(message);
            if (matcher.matches()) {
                return translation.vietnamese().apply(matcher);
            }
        }
        return "Giá trị này không được chấp nhận.";
    }

    /** A refusal of the action itself, readable: what happened, that nothing was stored, what to do. */
    static String refusal(ServiceProblem problem) {
        return switch (problem.rule()) {
            case "plan-changed-concurrently" -> "Kế hoạch vừa được người khác thay đổi trong lúc bạn thao tác, nên thay đổi của bạn chưa được lưu. "
                    + "Trang đã hiện nội dung mới nhất: hãy xem lại rồi thực hiện lại.";
            case "plan-action-not-allowed" -> "Tình trạng hiện tại của kế hoạch không cho phép thao tác này (có thể kế hoạch vừa được ban hành "
                    + "hoặc kết thúc). Không có gì được lưu.";
            case "plan-exists" -> "Mã kế hoạch này đã được dùng cho một kế hoạch khác.";
            case "access-refused" -> "Tài khoản của bạn không có quyền thực hiện thao tác này với kế hoạch này.";
            default -> (problem.title().isBlank() ? "Không thực hiện được" : problem.title()) + ". Không có gì được lưu.";
        };
    }

    /** A plan's state as the pages name it. */
    static String stateName(String state) {
        return switch (state == null ? "" : state) {
            case "DRAFT" -> "Bản nháp";
            case "ISSUED" -> "Đã ban hành";
            case "CLOSED" -> "Đã kết thúc";
            default -> state;
        };
    }

    /** The colour of a state's badge. */
    static String stateTone(String state) {
        return switch (state == null ? "" : state) {
            case "DRAFT" -> "secondary";
            case "ISSUED" -> "success";
            default -> "dark";
        };
    }

    /** An audit entry's action as the trail names it. */
    static String actionName(String action) {
        return switch (action == null ? "" : action) {
            case "CREATE" -> "Tạo bản nháp";
            case "EDIT" -> "Sửa bản nháp";
            case "ISSUE" -> "Ban hành";
            case "AMEND" -> "Điều chỉnh";
            case "SET_INTERNAL_DEADLINE" -> "Đặt thời hạn nội bộ";
            case "GRANT_EXTENSION" -> "Gia hạn";
            case "CLOSE" -> "Kết thúc";
            default -> action;
        };
    }

    private static final Pattern AUDIT_CREATED = Pattern.compile("draft (.+)");
    private static final Pattern AUDIT_ISSUED = Pattern.compile("(\\d+) expected units as of (\\S+)");
    private static final Pattern AUDIT_AMENDED = Pattern.compile("added \\[(.*)], removed \\[(.*)](?:, deadline (\\S+) → (\\S+))?");
    private static final Pattern AUDIT_INTERNAL = Pattern.compile("internal deadline of (\\S+): (\\S+)");
    private static final Pattern AUDIT_EXTENSION = Pattern.compile("extension of (\\S+): (\\S+) → (\\S+)");

    /** What an audit entry changed (the service writes it in English for its logs), in Vietnamese with local times. */
    static String auditDetail(String detail) {
        String d = detail == null ? "" : detail.strip();
        if (d.equals("draft edited")) {
            return "Sửa nội dung bản nháp";
        }
        if (d.equals("closed")) {
            return "Kết thúc kế hoạch: không nhận thêm báo cáo";
        }
        Matcher m = AUDIT_ISSUED.matcher(d);
        if (m.matches()) {
            return m.group(1) + " đơn vị phải báo cáo (các đơn vị có vào ngày " + day(m.group(2)) + ")";
        }
        m = AUDIT_AMENDED.matcher(d);
        if (m.matches()) {
            List<String> parts = new java.util.ArrayList<>();
            if (!m.group(1).isBlank()) {
                parts.add("thêm đơn vị " + m.group(1));
            }
            if (!m.group(2).isBlank()) {
                parts.add("bớt đơn vị " + m.group(2));
            }
            if (m.group(3) != null) {
                parts.add("thời hạn " + instant(m.group(3)) + " → " + instant(m.group(4)));
            }
            String text = String.join("; ", parts);
            return text.isEmpty() ? "Điều chỉnh" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
        m = AUDIT_INTERNAL.matcher(d);
        if (m.matches()) {
            return "Thời hạn nội bộ của đơn vị " + m.group(1) + " cho các đơn vị cấp dưới: " + instant(m.group(2));
        }
        m = AUDIT_EXTENSION.matcher(d);
        if (m.matches()) {
            return "Gia hạn cho đơn vị " + m.group(1) + ": " + instant(m.group(2)) + " → " + instant(m.group(3));
        }
        m = AUDIT_CREATED.matcher(d);
        if (m.matches()) {
            return "Bản nháp kế hoạch số " + m.group(1);
        }
        return d;
    }

    /** "2025-06-09T17:00:00Z" → "10/06/2025 00:00 +07:00". */
    static String instant(String text) {
        Matcher m = INSTANT.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        try {
            // ISO with an offset or Z, seconds optional: Jackson writes "2025-06-09T17:00Z" for an OffsetDateTime read as UTC.
            return VietnameseFormat.dateTimeWithOffset(OffsetDateTime.parse(m.group()).toInstant());
        } catch (DateTimeParseException notAnInstant) {
            return text;
        }
    }

    /** "2025-05-10" → "10/05/2025". */
    static String day(String text) {
        String value = text.strip();
        if (!DAY.matcher(value).matches()) {
            return instant(value);
        }
        try {
            return VietnameseFormat.date(LocalDate.parse(value));
        } catch (DateTimeParseException notADay) {
            return text;
        }
    }
}
