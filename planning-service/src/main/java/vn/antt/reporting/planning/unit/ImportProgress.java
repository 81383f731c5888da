package vn.antt.reporting.planning.unit;

/** Hears how an import advances, e.g. to draw a progress bar on a terminal. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    /** The file was read: {@code records} unit records. */
    default void read(int records) {
    }

    /** The file was found valid; {@code writes} documents are about to be written. */
    default void writing(int writes) {
    }

    /** {@code done} of the announced writes are stored. */
    default void written(int done) {
    }

    default void finished(ImportReport report) {
    }
}
