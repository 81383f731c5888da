package vn.antt.reporting.aggregation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export of a nation-sized plan (10.047 communes) in a JVM with a heap of {@value #HEAP}: the data of the plan and its
 * contributions (the service holds them too to compute the roll-up) and the SXSSF window fit, the rows go to disk.
 */
class RollupExportHeapTest {

    static final String HEAP = "64m";

    @Test
    void tenThousandAndFortySevenCommunesAreWrittenWithinASmallHeap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("toan-quoc.xlsx");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                NationWideExport.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("export-ms=");
        System.out.println("Nation-wide export in -Xmx" + HEAP + ": " + output.lines().filter(l -> l.startsWith("export-ms=")).findFirst().orElse(""));

        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet communes = workbook.getSheet("Xã, phường, thị trấn");
            assertThat(communes.getLastRowNum()).as("header, 10.047 communes, then the totals and rates")
                    .isGreaterThan(NationWideExport.COMMUNES);
            assertThat(communes.getRow(NationWideExport.COMMUNES).getCell(1).getStringCellValue()).isEqualTo("10046");
            assertThat(communes.getRow(NationWideExport.COMMUNES + 1).getCell(2).getStringCellValue()).isEqualTo("Tổng cộng");
            DataFormatter vietnamese = new DataFormatter(java.util.Locale.forLanguageTag("vi-VN"));
            // 9 in 10 communes reported "hơn 100" sessions: 9.042 of them.
            assertThat(vietnamese.formatCellValue(communes.getRow(NationWideExport.COMMUNES + 1).getCell(5))).isEqualTo("hơn 904.200");
            assertThat(workbook.getSheet("Tình trạng").getLastRowNum()).isEqualTo(NationWideExport.COMMUNES);
            assertThat(List.of(workbook.getSheetAt(0).getSheetName(), workbook.getSheetAt(2).getSheetName())).containsExactly("Tổng hợp", "Tình trạng");
        }
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .as("SXSSF's temporary files are removed (its empty folder stays)").containsExactly("toan-quoc.xlsx");
        }
    }
}
