package vn.antt.reporting.submission.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Seed 000 — Tịnh Sơn's report 163/BC-UBND — read from {@code ../shared/seeds} when that folder sits next to the
 * repository (it is not copied into the project), and cut at its own headings into the sections of outline 357.
 */
public final class Seed000Text {

    private Seed000Text() {
    }

    /** Where each outline section starts in the seed (OCR text, so the headings are matched loosely), in order. */
    private static final Map<String, Pattern> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put("I", Pattern.compile("^\\S{1,3}\\. .ANH GIA TINH HINH"));
        HEADINGS.put("II", Pattern.compile("^\\S{1,4}\\. KET QUA THUC HIEN QUY CHE"));
        HEADINGS.put("II.1", Pattern.compile("^1\\. Cong t.{1,2}c tri.{1,2}n khai"));
        HEADINGS.put("II.2", Pattern.compile("^2\\. K.{1,2}t qua cong t"));
        HEADINGS.put("II.2.1", Pattern.compile("^2\\.1\\. "));
        HEADINGS.put("II.2.2", Pattern.compile("^2\\.2\\. K"));
        HEADINGS.put("III", Pattern.compile("^\\S{1,4}\\. .ANH GIA CHUNG"));
        HEADINGS.put("IV", Pattern.compile("^\\S{1,3}\\. DU BAO TINH HINH"));
        HEADINGS.put("V", Pattern.compile("^V\\. KIEN NGHI"));
    }

    private static final Pattern END = Pattern.compile("^Kinh b.o c.o");

    public static Path file() throws IOException {
        Path moduleDir = Path.of("").toAbsolutePath();
        Path repositoryRoot = Files.exists(moduleDir.resolve("submission-service")) ? moduleDir : moduleDir.getParent();
        Path seeds = repositoryRoot.resolve(Path.of("..", "shared", "seeds")).normalize();
        if (!Files.isDirectory(seeds)) {
            return null;
        }
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(f -> f.getFileName().toString().startsWith("000_")).findFirst().orElse(null);
        }
    }

    /** The seed's text cut at its headings: section number → full text of that section. */
    public static Map<String, String> sections(List<String> lines) {
        Map<String, Integer> starts = new LinkedHashMap<>();
        int from = 0;
        for (Map.Entry<String, Pattern> heading : HEADINGS.entrySet()) {
            for (int i = from; i < lines.size(); i++) {
                if (heading.getValue().matcher(lines.get(i).strip()).find()) {
                    starts.put(heading.getKey(), i);
                    from = i + 1;
                    break;
                }
            }
        }
        assertThat(starts.keySet()).as("every heading found in the seed").containsExactlyElementsOf(HEADINGS.keySet());
        int end = lines.size();
        for (int i = from; i < lines.size(); i++) {
            if (END.matcher(lines.get(i).strip()).find()) {
                end = i;
                break;
            }
        }
        Map<String, String> sections = new LinkedHashMap<>();
        List<String> numbers = List.copyOf(starts.keySet());
        for (int k = 0; k < numbers.size(); k++) {
            int stop = k + 1 < numbers.size() ? starts.get(numbers.get(k + 1)) : end;
            sections.put(numbers.get(k), String.join("\n", lines.subList(starts.get(numbers.get(k)), stop)).strip());
        }
        return sections;
    }
}
