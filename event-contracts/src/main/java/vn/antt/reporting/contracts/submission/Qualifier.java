package vn.antt.reporting.contracts.submission;

/** How exact a reported value is, as officials write it: "hơn 100 lượt", "gần 100 triệu đồng". */
public enum Qualifier {
    /** The value as written, no qualifier. */
    EXACT,
    /** "hơn", "trên": more than the value. */
    MORE_THAN,
    /** "gần": nearly the value. */
    NEARLY,
    /** "khoảng": about the value. */
    ABOUT
}
