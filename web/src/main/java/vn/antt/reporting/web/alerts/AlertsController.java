package vn.antt.reporting.web.alerts;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.antt.reporting.web.api.AlertInfo;
import vn.antt.reporting.web.api.PlanOutlines;
import vn.antt.reporting.web.api.PlatformApi;
import vn.antt.reporting.web.signin.CurrentUser;

/**
 * The deadline alerts of a plan that concern my unit (reminders, overdue, escalations; the service decides which),
 * newest first, each missing unit linked to its row on the status board.
 */
@Controller
record AlertsController(PlatformApi api, PlanOutlines plans) {

    @GetMapping("/alerts/{planId}")
    String alerts(CurrentUser me, @PathVariable String planId, Model model) {
        List<AlertRow> alerts = api.list("/api/alerts?planId={planId}", AlertInfo[].class, planId).stream()
                .sorted(Comparator.comparing(AlertInfo::raisedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(alert -> new AlertRow(alert, kindName(alert.kind()), plans.unitName(alert.supervisorUnitCode()),
                        plans.unitName(alert.recipientUnitCode())))
                .toList();
        model.addAttribute("plan", plans.plan(planId));
        model.addAttribute("alerts", alerts);
        return "alerts/index";
    }

    /** An alert with its kind and units named. */
    record AlertRow(AlertInfo alert, String kindName, String supervisorName, String recipientName) {

        public boolean overdue() {
            return !"REMINDER".equals(alert.kind());
        }
    }

    /** "Nhắc hạn", "Quá hạn", "Chuyển cấp trên": how each kind of alert is named. */
    static String kindName(String kind) {
        return switch (kind == null ? "" : kind) {
            case "REMINDER" -> "Nhắc hạn";
            case "OVERDUE" -> "Quá hạn";
            case "ESCALATION" -> "Quá hạn — báo cấp trên";
            default -> kind;
        };
    }
}
