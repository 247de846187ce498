package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quarter's Survey trends shows only the waves over by the quarter's end, and Notes
 * only the survey files behind them: a quarter's workbook made again years later shows
 * what was known then.
 */
class SurveyWavesReportTest {

	private static final String SURVEY = "NHS Providers survey";

	private static Warehouse warehouse;

	@TempDir
	Path out;

	@BeforeAll
	static void loadThreeWaves() {
		warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
		surveyFile(90, "2015");
		surveyFile(91, "2016-12");
		surveyFile(92, "2021-11");
	}

	@Test
	void aQuarterShowsTheWavesOverByItsEnd() throws IOException {
		assertThat(waves(new FinancialQuarter(2016, 3))).as("2016-17 Q3 ends 31 December 2016")
			.containsExactly("2015", "2016-12");
		assertThat(waves(new FinancialQuarter(2016, 2))).as("a year's wave may run to its last day")
			.containsExactly("2015");
		assertThat(waves(new FinancialQuarter(2015, 3))).as("2015-16 Q3 ends 31 December 2015").containsExactly("2015");
		assertThat(waves(new FinancialQuarter(2015, 2))).isEmpty();
	}

	@Test
	void notesListOnlyTheSurveyFilesOfThoseWaves() throws IOException {
		try (XSSFWorkbook workbook = report(new FinancialQuarter(2016, 3))) {
			assertThat(column(workbook.getTable("SourceFiles"), "sha256"))
				.contains(Warehouse.sha(90), Warehouse.sha(91))
				.doesNotContain(Warehouse.sha(92));
		}
	}

	private List<String> waves(FinancialQuarter quarter) throws IOException {
		try (XSSFWorkbook workbook = report(quarter)) {
			return column(workbook.getTable("SurveyTrends"), "Wave").stream()
				.filter(w -> !w.isEmpty())
				.distinct()
				.toList();
		}
	}

	private XSSFWorkbook report(FinancialQuarter quarter) throws IOException {
		Path report = new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS).write(quarter,
				out.resolve(quarter.slug()), BcfFixture.RUN);
		try (InputStream in = Files.newInputStream(report)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> column(XSSFTable table, String header) {
		int column = table.getStartColIndex() + table.findColumnIndex(header);
		DataFormatter format = new DataFormatter();
		List<String> values = new ArrayList<>();
		for (int r = table.getStartRowIndex() + 1; r <= table.getEndRowIndex() - table.getTotalsRowCount(); r++) {
			values.add(format.formatCellValue(table.getXSSFSheet().getRow(r).getCell(column)));
		}
		return values;
	}

	/** An accepted published-results file of one wave: one question, two answers. */
	private static void surveyFile(long id, String wave) {
		LocalDateTime received = LocalDateTime.of(2022, 1, 10, 9, 0);
		warehouse.file(id, "survey-" + wave + ".csv", received);
		warehouse.submission(id, "SURVEY_AGGREGATE", SURVEY + " " + wave, null, null, "ACCEPTED", received);
		int rank = 1;
		for (String answer : List.of("Increase", "Decrease")) {
			warehouse.jdbc.update("""
					INSERT INTO survey_share (submission_id, survey, wave, question_id, question, answer, answer_rank,
					                          share_percent, respondents, source_row)
					VALUES (?, ?, ?, 'DEMAND', 'Will demand rise?', ?, ?, 50, 120, ?)""", id, SURVEY, wave, answer,
					rank, rank + 1);
			rank++;
		}
	}

}
