package vn.antt.reporting.web.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.antt.reporting.platform.time.PlatformTime;
import vn.antt.reporting.web.api.UnitStandingInfo;

/**
 * How the reports of a node's units came in, day by day (in Vietnam's time), against the deadline: per day the units
 * whose latest report was first sent that day, and the running total, from the first day anything came in to the
 * later of today and the deadline's day. At most {@value #MAX_DAYS} days are shown: the last ones.
 *
 * @param days     the days, oldest first
 * @param expected how many units must report (the line the running total climbs to)
 * @param deadline the deadline's day, or null when the plan has none
 */
public record SubmissionsOverTime(List<Day> days, long expected, LocalDate deadline) {

    static final int MAX_DAYS = 62;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One day: what came in that day and the running total at its end; {@code afterDeadline} for days past it. */
    public record Day(LocalDate date, long sent, long total, boolean afterDeadline) {
        public String label() {
            return DAY.format(date);
        }
    }

    public static SubmissionsOverTime of(List<UnitStandingInfo> units, Instant deadline, LocalDate today) {
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (UnitStandingInfo unit : units) {
            if (unit.submittedAt() != null) {
                perDay.merge(PlatformTime.dateOf(unit.submittedAt()), 1L, Long::sum);
            }
        }
        LocalDate deadlineDay = deadline == null ? null : PlatformTime.dateOf(deadline);
        List<Day> days = new ArrayList<>();
        if (!perDay.isEmpty()) {
            LocalDate first = perDay.keySet().iterator().next();
            LocalDate last = today;
            if (deadlineDay != null && deadlineDay.isAfter(last)) {
                last = deadlineDay;
            }
            if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
                first = last.minusDays(MAX_DAYS - 1);
            }
            final LocalDate from = first;
            long total = perDay.entrySet().stream().filter(e -> e.getKey().isBefore(from)).mapToLong(Map.Entry::getValue).sum();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                long sent = perDay.getOrDefault(day, 0L);
                total += sent;
                days.add(new Day(day, sent, day.isAfter(today) ? -1 : total, deadlineDay != null && day.isAfter(deadlineDay)));
            }
        }
        return new SubmissionsOverTime(days, units.size(), deadlineDay);
    }

    /** For ECharts: the day labels, the running totals (null for days still to come), what came in per day. */
    public Map<String, Object> chart() {
        List<String> labels = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        List<Long> sent = new ArrayList<>();
        for (Day day : days) {
            labels.add(day.label());
            totals.add(day.total() < 0 ? null : day.total());
            sent.add(day.total() < 0 ? null : day.sent());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("days", labels);
        chart.put("totals", totals);
        chart.put("sent", sent);
        chart.put("expected", expected);
        chart.put("deadline", deadline == null ? null : DAY.format(deadline));
        return chart;
    }

    /** The deadline's day as people read it, dd/mm/yyyy. */
    public String deadlineLabel() {
        return deadline == null ? null : DAY.format(deadline);
    }

    /** The days already passed (the table beside the chart: days to come have nothing to show). */
    public List<Day> passed() {
        return days.stream().filter(day -> day.total() >= 0).toList();
    }
}
