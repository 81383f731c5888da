package vn.antt.reporting.platform.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.antt.reporting.contracts.submission.Qualifier;

/**
 * Numbers as Vietnamese officials type them: {@code .} groups thousands, {@code ,} marks decimals
 * ({@code 8.000}, {@code 99,33}, {@code 1.250.000,5}), optionally after a qualifier word of {@link QualifierWords}
 * ({@code hơn 100}, {@code trên 8.000}, {@code gần 100}, {@code khoảng 30}). {@code 8.000} is eight
 * thousand, never eight: a dot followed by anything other than groups of three digits is refused rather than guessed.
 */
public final class VietnameseNumbers {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");

    private VietnameseNumbers() {
    }

    /** A value with its qualifier, e.g. "hơn 8.000" → MORE_THAN 8000. */
    public record Qualified(Qualifier qualifier, String number) {
    }

    public static Qualified splitQualifier(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.forLanguageTag("vi"));
        for (String word : QualifierWords.words()) {
            if (lower.startsWith(word + " ")) {
                return new Qualified(QualifierWords.qualifierOf(word).orElseThrow(), t.substring(word.length()).strip());
            }
        }
        return new Qualified(Qualifier.EXACT, t);
    }

    /**
     * Parses one number; spaces (also non-breaking) are ignored.
     *
     * @throws IllegalArgumentException with a message for the clerk (in Vietnamese) when the text is not such a number
     */
    public static BigDecimal parse(String text) {
        String t = text.replace("\u00a0", "").replace(" ", "");
        if (GROUPED.matcher(t).matches()) {
            return new BigDecimal(t.replace(".", "").replace(',', '.'));
        }
        if (PLAIN.matcher(t).matches()) {
            return new BigDecimal(t.replace(',', '.'));
        }
        if (t.startsWith("-")) {
            throw new IllegalArgumentException("'" + text + "' là số âm; số lượng và số tiền không thể âm");
        }
        throw new IllegalArgumentException("'" + text + "' không phải là số viết theo kiểu Việt Nam (ví dụ 8.000 hoặc 99,33)");
    }
}
