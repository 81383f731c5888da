package vn.antt.reporting.contracts;

import java.util.List;

/** The copy every record's compact constructor makes of a list it holds: null (absent in JSON or a stored document) reads as empty. */
public final class ImmutableLists {

    private ImmutableLists() {
    }

    /** An unmodifiable copy of {@code list}, or an empty list for null. */
    public static <T> List<T> copyOrEmpty(List<? extends T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
