package vn.antt.reporting.contracts.planning;

/** How an indicator's value is written and summed. */
public enum IndicatorType {
    /** A count: "hơn 100 lượt tuyên truyền". */
    COUNT,
    /** An amount in VND: "gần 100 triệu đồng". */
    MONEY,
    /** A percentage 0..100: "99,33%". Not summed; recomputed from a ratio where one exists. */
    PERCENTAGE,
    /** x of y: "149/150"; amount = x, secondAmount = y. */
    RATIO,
    /** Two counts that always go together: "30 vụ - 77 đối tượng"; amount = cases, secondAmount = persons. */
    PAIRED_COUNT,
    /** Counts per category: Xuất sắc / Khá / Trung bình / Yếu; carried in breakdown. */
    CLASSIFICATION
}
