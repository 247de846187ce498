package org.joinedup.transform.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of R7 on the October 2016 workbook as published, with one mistake made in it:
 * the finding names the file, sheet, row, column, value and rule.
 */
class ActivityRulesTest {

	private static final String FILE = "MAR_Oct_16-altered.xls";

	@TempDir
	Path dir;

	static Stream<Arguments> mistakes() {
		return Stream.of(
				mistake("a commissioner's figure no longer adds up to England's", RealActivityFiles.set("O18", 1014),
						SubmissionStatus.ACCEPTED, "WARNING", "total-mismatch", 15, "O", "509699"),
				mistake("a negative count", RealActivityFiles.set("O18", -5), SubmissionStatus.REJECTED, "ERROR",
						"count-negative", 18, "O", "-5"),
				mistake("text for a count", RealActivityFiles.set("O18", "lots"), SubmissionStatus.REJECTED, "ERROR",
						"not-a-number", 18, "O", "lots"),
				mistake("a commissioner without its code", RealActivityFiles.set("F18", " "), SubmissionStatus.REJECTED,
						"ERROR", "commissioner-code-missing", 18, "F", ""),
				mistake("a name for a code", RealActivityFiles.set("F18", "NHS DARLINGTON CCG"),
						SubmissionStatus.REJECTED, "ERROR", "commissioner-code-malformed", 18, "F",
						"NHS DARLINGTON CCG"),
				mistake("a commissioner twice", RealActivityFiles.set("F19", "00c"), SubmissionStatus.REJECTED, "ERROR",
						"commissioner-duplicate", 19, "F", "00c"),
				mistake("another month on one row", RealActivityFiles.set("C18", "NOVEMBER"), SubmissionStatus.REJECTED,
						"ERROR", "period-mixed", 18, "C", "NOVEMBER"),
				mistake("a month that is no month", RealActivityFiles.set("C17", "OCTOBRE"), SubmissionStatus.REJECTED,
						"ERROR", "period-unparseable", 17, "C", "OCTOBRE"),
				mistake("the non-elective column renamed", RealActivityFiles.set("O14", "Non-elective"),
						SubmissionStatus.REJECTED, "ERROR", ActivityReader.HEADER_MISSING, null, null, null),
				mistake("no England row", sheet -> sheet.removeRow(sheet.getRow(14)), SubmissionStatus.ACCEPTED,
						"WARNING", "england-row-missing", null, null, null),
				mistake("no commissioner rows", ActivityRulesTest::removeCommissioners, SubmissionStatus.REJECTED,
						"ERROR", "extract-empty", null, null, null),
				mistake("the Commissioner sheet renamed", sheet -> sheet.getWorkbook().setSheetName(0, "CCG"),
						SubmissionStatus.REJECTED, "ERROR", "commissioner-sheet-missing", null, null, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void findsTheMistakeWhereItIs(String mistake, Consumer<Sheet> change, SubmissionStatus status, String severity,
			String rule, Integer row, String column, String value) throws Exception {
		Loading loading = new Loading();

		SubmissionSummary loaded = loading
			.load(RealActivityFiles.altered(RealActivityFiles.OCTOBER_2016, dir, FILE, change));

		assertThat(loaded.returnType().name()).isEqualTo("ACTIVITY_MONTHLY");
		assertThat(loaded.status()).isEqualTo(status);
		List<Map<String, Object>> findings = loading.jdbc().queryForList("""
				SELECT severity, file_name, sheet, row_number, column_name, cell_value, rule FROM finding
				WHERE submission_id = ? ORDER BY id""", loaded.id());
		assertThat(findings).first()
			.satisfies(finding -> assertThat(finding).containsEntry("SEVERITY", severity)
				.containsEntry("FILE_NAME", FILE)
				.containsEntry("ROW_NUMBER", row)
				.containsEntry("COLUMN_NAME", column)
				.containsEntry("CELL_VALUE", value)
				.containsEntry("RULE", rule));
		if (row != null) {
			assertThat(findings.get(0)).containsEntry("SHEET", "Commissioner");
		}
	}

	private static Arguments mistake(String mistake, Consumer<Sheet> change, SubmissionStatus status, String severity,
			String rule, Integer row, String column, String value) {
		return Arguments.of(mistake, change, status, severity, rule, row, column, value);
	}

	private static void removeCommissioners(Sheet sheet) {
		for (int row = 16; row <= sheet.getLastRowNum(); row++) {
			if (sheet.getRow(row) != null) {
				sheet.removeRow(sheet.getRow(row));
			}
		}
	}

}
