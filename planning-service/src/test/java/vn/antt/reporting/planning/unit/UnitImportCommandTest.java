package vn.antt.reporting.planning.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import vn.antt.reporting.planning.PlanningServiceApplication;
import vn.antt.reporting.testsupport.SharedInfrastructure;

/** The command-line import against the shared store: progress bar, idempotence, refusal with exit code 1. */
@ExtendWith(OutputCaptureExtension.class)
class UnitImportCommandTest {

    private final String mongoUri = SharedInfrastructure.mongoUri("cli-" + UUID.randomUUID().toString().substring(0, 8));

    private int run(Path file) {
        return PlanningServiceApplication.runImportCommand("--import-units=" + file, "--spring.mongodb.uri=" + mongoUri);
    }

    @Test
    void importsAFileWithAProgressBarAndASecondRunChangesNothing(@TempDir Path dir, CapturedOutput output) throws IOException {
        Path file = dir.resolve("quang-ngai-units.json");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/quang-ngai-units.json")) {
            Files.copy(in, file);
        }

        ConfigurableApplicationContext command = PlanningServiceApplication.importCommand(
                "--import-units=" + file, "--spring.mongodb.uri=" + mongoUri);
        // Publication is left to the running service: the command neither relays nor connects to Kafka.
        assertThat(command.getBeansOfType(UnitDirectoryRelay.class)).isEmpty();
        assertThat(SpringApplication.exit(command)).isZero();
        assertThat(output.getOut())
                .contains("Nhập danh mục đơn vị từ quang-ngai-units.json")
                .contains("Đã đọc tệp: 184 đơn vị.")
                .contains("] 100% 184/184")
                .contains("184 đơn vị mới, 0 thay đổi, 0 hết hiệu lực, 0 không đổi (hiệu lực từ 01/03/2025)");

        assertThat(run(file)).isZero();
        assertThat(output.getOut()).contains("0 đơn vị mới, 0 thay đổi, 0 hết hiệu lực, 184 không đổi");
    }

    @Test
    void aBadFileIsRefusedWithItsErrorsAndExitCodeOne(@TempDir Path dir, CapturedOutput output) throws IOException {
        Path file = dir.resolve("sai.json");
        Files.writeString(file, """
                {"units": [{"code": "51-A", "name": "Hội A", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "51-B"},
                           {"code": "51-B", "name": "Hội B", "type": "Hội", "kind": "ASSOCIATION", "parentCode": "51-A"}]}
                """, StandardCharsets.UTF_8);

        assertThat(run(file)).isEqualTo(1);
        assertThat(output.getErr())
                .contains("Tệp không hợp lệ, không có gì được ghi (2 lỗi):")
                .contains("51-A [units[0]] the parents of unit 51-A loop");
    }
}
