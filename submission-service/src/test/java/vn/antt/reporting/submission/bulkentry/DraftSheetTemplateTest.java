package vn.antt.reporting.submission.bulkentry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.antt.reporting.contracts.mothers.OutlineMother;
import vn.antt.reporting.contracts.mothers.PlanMother;
import vn.antt.reporting.contracts.mothers.Units;
import vn.antt.reporting.contracts.planning.ExpectedUnit;
import vn.antt.reporting.contracts.planning.Indicator;
import vn.antt.reporting.contracts.planning.OutlinePublished;

/** The empty sheet a district downloads is one {@link DraftSheetReader} reads back: every indicator, every sub-unit. */
class DraftSheetTemplateTest {

    private static final OutlinePublished OUTLINE = OutlineMother.outline357();

    @Test
    void theTemplateNamesEveryIndicatorAndSubUnitAndReadsBackWithoutErrors() throws IOException {
        List<ExpectedUnit> subUnits = List.of(PlanMother.unit(Units.tinhSon()), PlanMother.unit(Units.tinhHa()));

        byte[] xlsx = DraftSheetTemplate.write(OUTLINE, subUnits);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo(DraftSheetReader.UNIT_HEADER);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo(DraftSheetReader.NAME_HEADER);
            for (int i = 0; i < OUTLINE.indicators().size(); i++) {
                Indicator indicator = OUTLINE.indicators().get(i);
                assertThat(header.getCell(2 + i).getStringCellValue()).startsWith(indicator.label())
                        .endsWith("[" + indicator.code() + "]");
            }
            DraftSheetReader.Result read = DraftSheetReader.read(workbook.getSheetAt(0), OUTLINE, 100);
            assertThat(read.errors()).isEmpty();
            assertThat(read.rows()).extracting(DraftSheetReader.SheetRow::unitCode).containsExactly(Units.TINH_SON, Units.TINH_HA);
            assertThat(read.rows()).allSatisfy(row -> assertThat(row.figures()).isEmpty());
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(Units.tinhSon().name());
        }
    }
}
