package vn.antt.reporting.platform.text;

import java.text.Normalizer;

/**
 * Vietnamese text arrives composed (NFC) or decomposed (NFD, e.g. from macOS or some IMEs); stored and
 * compared text is always NFC, so "Tịnh Sơn" typed either way is one string.
 */
public final class Nfc {

    private Nfc() {
    }

    /** The NFC form of {@code text}, or null. */
    public static String of(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
