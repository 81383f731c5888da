package vn.antt.reporting.planning.reform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real lists of administrative units, read where they are ({@code shared/data/} beside the repository or one of
 * its parents, e.g. a work tree's); never copied into the project.
 */
public final class SharedData {

    private SharedData() {
    }

    /** A unit of the API as it was: its identity, names and place, without its end and revision (later facts). */
    public static String asItWas(tools.jackson.databind.JsonNode unit) {
        return String.join(" | ", unit.path("versionKey").asString(), unit.path("code").asString(), unit.path("name").asString(),
                unit.path("type").asString(), unit.path("kind").asString(), unit.path("parentCode").asString(""),
                unit.path("ancestry").toString(), unit.path("validFrom").asString());
    }

    public static Optional<Path> file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Path.of("shared", "data", name));
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
