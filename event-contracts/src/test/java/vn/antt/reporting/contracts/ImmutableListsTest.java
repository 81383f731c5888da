package vn.antt.reporting.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImmutableListsTest {

    @Test
    void nullReadsAsEmpty() {
        assertThat(ImmutableLists.copyOrEmpty(null)).isEmpty();
    }

    @Test
    void copyIsUnmodifiableAndDetachedFromTheSource() {
        List<String> source = new ArrayList<>(List.of("a", "b"));
        List<String> copy = ImmutableLists.copyOrEmpty(source);
        source.add("c");

        assertThat(copy).containsExactly("a", "b");
        assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);
    }
}
