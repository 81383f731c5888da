package vn.antt.reporting.planning.unit;

/**
 * One reason an import file is refused, naming the record at fault.
 *
 * @param record  the code of the offending record, or its place in the file when it has no code
 * @param path    where the record is in the file, e.g. {@code data[12].level2s[3].level3s[0]}
 * @param rule    what is wrong: {@code missing-code}, {@code missing-name}, {@code missing-type},
 *                {@code unknown-kind}, {@code duplicate-code}, {@code unknown-parent}, {@code cycle},
 *                {@code kind-conflict}, {@code unreadable-file}, {@code invalid-date}
 * @param message what is wrong, in a sentence
 */
public record ImportError(String record, String path, String rule, String message) {

    static ImportError of(UnitRecord record, String rule, String message) {
        return new ImportError(record.label(), record.path(), rule, message);
    }
}
