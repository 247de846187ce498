package org.joinedup.transform.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R7 from NHS England's published workbooks, unmodified, to the warehouse: every
 * commissioner's activity with its sheet and row, England's figure as the file states it.
 */
class ActivityMonthlyFunctionalTest {

	@TempDir
	Path dir;

	/**
	 * England's Total Non-elective G&A Admissions (FFCEs) and the commissioner rows, as
	 * each file gives them (its row 15, and rows 17 to the last).
	 */
	@ParameterizedTest
	@CsvSource({ "MAR_Oct_16.xls, October 2016, 509699, 210", "MAR_Oct_13.xls, October 2013, 474502, 212" })
	void loadsEachPublishedMonthWithEnglandsOwnTotal(String file, String month, long englandNonElective,
			int commissioners) throws Exception {
		Loading loading = new Loading();

		SubmissionSummary loaded = loading.load(Path.of("..", "samples", "real", "other", file));

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loaded.subject()).isEqualTo("ACTIVITY_MONTHLY " + month);
		assertThat(loaded.warningCount()).isZero();
		assertThat(loading.factRows(ActivityMonthlyType.DEFINITION, loaded.id())).isEqualTo(loaded.rowCount())
			.isEqualTo(commissioners);
		assertThat(loading.jdbc()
			.queryForObject("SELECT SUM(non_elective) FROM activity_fact WHERE submission_id = ?", Long.class,
					loaded.id()))
			.isEqualTo(englandNonElective);
	}

	@Test
	void keepsEachCommissionerAsGivenWithItsSheetAndRow() throws Exception {
		Loading loading = new Loading();

		long id = loading.load(RealActivityFiles.OCTOBER_2016).id();

		Map<String, Object> darlington = loading.jdbc().queryForMap("""
				SELECT region_code, org_name, non_elective, elective_total, first_outpatient_attendances,
				       source_sheet, source_row
				FROM activity_fact WHERE submission_id = ? AND org_code = '00C'""", id);
		assertThat(darlington).containsEntry("REGION_CODE", "Y54")
			.containsEntry("ORG_NAME", "NHS DARLINGTON CCG")
			.containsEntry("NON_ELECTIVE", 1013L)
			.containsEntry("ELECTIVE_TOTAL", 1592L)
			.containsEntry("FIRST_OUTPATIENT_ATTENDANCES", 2796L)
			.containsEntry("SOURCE_SHEET", "Commissioner")
			.containsEntry("SOURCE_ROW", 18);
	}

	@Test
	void aLaterFileForTheSameMonthSupersedesTheEarlier() throws Exception {
		Loading loading = new Loading();
		SubmissionSummary first = loading.load(RealActivityFiles.OCTOBER_2016);

		SubmissionSummary revised = loading.load(RealActivityFiles.altered(RealActivityFiles.OCTOBER_2016, dir,
				"MAR_Oct_16-revised.xls", RealActivityFiles.set("C9", "1st March 2018")));

		assertThat(revised.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(
				loading.jdbc().queryForObject("SELECT status FROM submission WHERE id = ?", String.class, first.id()))
			.isEqualTo(SubmissionStatus.SUPERSEDED.name());
	}

}
