package vn.antt.reporting.platform.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.antt.reporting.contracts.submission.Qualifier;

/**
 * The words officials put before a value that is not exact ("hơn 100", "trên 8.000", "gần 100", "khoảng 30"): the one
 * place that knows them, read by {@link VietnameseNumbers} and written by {@link VietnameseFormat}. A qualifier may be
 * read from several words; it is written with the first.
 */
public final class QualifierWords {

    private static final Map<String, Qualifier> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("hơn", Qualifier.MORE_THAN);
        WORDS.put("trên", Qualifier.MORE_THAN);
        WORDS.put("gần", Qualifier.NEARLY);
        WORDS.put("khoảng", Qualifier.ABOUT);
    }

    private QualifierWords() {
    }

    /** The word written for {@code qualifier} ("hơn", "gần", "khoảng"), empty for an exact value. */
    public static String wordOf(Qualifier qualifier) {
        return WORDS.entrySet().stream().filter(word -> word.getValue() == qualifier).map(Map.Entry::getKey)
                .findFirst().orElse("");
    }

    /** The qualifier a word (lower case) stands for; empty when it is none of them. */
    public static Optional<Qualifier> qualifierOf(String word) {
        return Optional.ofNullable(WORDS.get(word));
    }

    /** Every word read, in the order they are tried. */
    public static Iterable<String> words() {
        return WORDS.keySet();
    }
}
