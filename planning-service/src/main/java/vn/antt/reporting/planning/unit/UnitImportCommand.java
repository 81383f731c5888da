package vn.antt.reporting.planning.unit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line import: {@code java -jar planning-service-exec.jar --import-units=<file>
 * [--valid-from=yyyy-mm-dd] [--national]}. It validates and writes like the API, with a progress bar on
 * standard output and the errors on standard error; the exit code is 0, or 1 when the file is refused.
 * Run this way, the application starts without web server and without publishing: the running service
 * publishes the stored changes.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = UnitImportCommand.OPTION)
public class UnitImportCommand implements ApplicationRunner, ExitCodeGenerator {

    public static final String OPTION = "import-units";

    private final UnitImporter importer;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private int exitCode;

    public UnitImportCommand(UnitImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path file = Path.of(args.getOptionValues(OPTION).get(0));
        LocalDate validFrom = args.containsOption("valid-from")
                ? LocalDate.parse(args.getOptionValues("valid-from").get(0)) : null;
        boolean national = args.containsOption("national");
        if (!Files.isReadable(file)) {
            err.println("Không đọc được tệp " + file);
            exitCode = 1;
            return;
        }
        out.println("Nhập danh mục đơn vị từ " + file.getFileName());
        try {
            importer.importFile(Files.readAllBytes(file), new UnitImporter.ImportOptions(validFrom, national),
                    plan -> { }, new ConsoleProgressBar(out));
        } catch (InvalidUnitImportException e) {
            err.println("Tệp không hợp lệ, không có gì được ghi (" + e.errors().size() + " lỗi):");
            e.errors().forEach(error -> err.println("  " + error.record() + " [" + error.path() + "] " + error.message()));
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
