package vn.antt.reporting.planning.unit;

/** Where an asynchronous import stands, with the words the pages show. */
public enum ImportJobState {
    READING("đang đọc"),
    VALIDATING("đang kiểm tra"),
    WRITING("đang ghi"),
    DONE("xong"),
    FAILED("lỗi");

    private final String label;

    ImportJobState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
