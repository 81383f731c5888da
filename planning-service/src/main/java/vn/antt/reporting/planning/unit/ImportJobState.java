package vn.antt.reporting.planning.unit;

/** Where an asynchronous import stands. */
public enum ImportJobState {
    READING,
    VALIDATING,
    WRITING,
    DONE,
    FAILED;

    /** The words the pages show. */
    public String label() {
        return switch (this) {
            case READING -> "đang đọc";
            case VALIDATING -> "đang kiểm tra";
            case WRITING -> "đang ghi";
            case DONE -> "xong";
            case FAILED -> "lỗi";
        };
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
