package vn.antt.reporting.aggregation.rollup;

import java.math.BigDecimal;

import vn.antt.reporting.platform.text.VietnameseFormat;

/**
 * x of y with the percentage (two decimals, half up) and the text an official writes: "149/150 (đạt 99,33%)" for
 * what was achieved (submitted, accepted…), "3/150 (2%)" for the rest (overdue, returned).
 *
 * @param percent null when {@code of} is zero
 */
public record Rate(BigDecimal count, BigDecimal of, BigDecimal percent, String text) {

    public static Rate of(long count, long of) {
        return of(BigDecimal.valueOf(count), BigDecimal.valueOf(of));
    }

    public static Rate of(BigDecimal count, BigDecimal of) {
        return new Rate(count, of, VietnameseFormat.percent(count, of), VietnameseFormat.rate(count, of));
    }

    public static Rate achieved(long count, long of) {
        return achieved(BigDecimal.valueOf(count), BigDecimal.valueOf(of));
    }

    /** Also a category's share of the units classified, as seed 003 writes it: "63/73 (đạt 86,3%)". */
    public static Rate achieved(BigDecimal part, BigDecimal whole) {
        return new Rate(part, whole, VietnameseFormat.percent(part, whole), VietnameseFormat.achieved(part, whole));
    }
}
