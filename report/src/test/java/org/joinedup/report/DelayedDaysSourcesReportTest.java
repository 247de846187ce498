package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.joinedup.report.query.AreaFigures;
import org.joinedup.report.query.DelayedDays;
import org.joinedup.report.query.FindingRow;
import org.joinedup.report.query.MonthlyQueries;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.query.ReportDataLoader;
import org.junit.jupiter.api.Test;

/**
 * R2's provider extract and LA workbook for the same month: the LA workbook's delayed
 * days are reported, the difference is a Data quality warning; a month with only the
 * extract still counts; a month whose reported figures differ from England's time series
 * is a warning too.
 */
class DelayedDaysSourcesReportTest {

	private static final LocalDate JULY = LocalDate.of(2016, 7, 1);

	private static final LocalDate AUGUST = LocalDate.of(2016, 8, 1);

	@Test
	void theLaWorkbookWinsItsMonthAndItsDifferenceFromTheExtractIsAWarning() {
		Warehouse warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
		monthly(warehouse, 90, "DTOC-2016-07.csv", "DTOC_MONTHLY", JULY);
		extractRow(warehouse, 90, JULY, 100, 50, 10);
		monthly(warehouse, 91, "Jul_16.xls", "DTOC_LA_MONTHLY", JULY);
		workbookRow(warehouse, 91, BcfFixture.TAMESIDE, "NHS", 120);
		workbookRow(warehouse, 91, BcfFixture.TAMESIDE, "SOCIAL_CARE", 50);
		workbookRow(warehouse, 91, BcfFixture.TAMESIDE, "BOTH", 10);
		workbookRow(warehouse, 91, null, "NHS", 5);
		monthly(warehouse, 92, "DTOC-2016-08.csv", "DTOC_MONTHLY", AUGUST);
		extractRow(warehouse, 92, AUGUST, 200, 0, 0);
		warehouse.file(93, "DTOC-England-Data_Set.xls", LocalDateTime.of(2016, 9, 20, 9, 0));
		warehouse.submission(93, "DTOC_ENGLAND_SERIES", null, null, null, "ACCEPTED",
				LocalDateTime.of(2016, 9, 20, 9, 0));
		seriesRow(warehouse, 93, JULY, 125, 50, 10);
		seriesRow(warehouse, 93, AUGUST, 190, 0, 0);

		ReportData data = new ReportDataLoader(warehouse.dataSource).load(QuarterlyReportWriterTest.Q2,
				BcfFixture.SETTINGS, BcfFixture.RUN);

		assertThat(data.reportingAreas()
			.stream()
			.filter(area -> area.area().onsCode().equals(BcfFixture.TAMESIDE))
			.map(AreaFigures::delayedDays)).containsExactly(new DelayedDays(320L, 50L, 10L));
		assertThat(data.delayedDaysByMonth().value(JULY, MonthlyQueries.NHS)).isEqualTo(125L);
		assertThat(data.delayedDaysByMonth().value(AUGUST, MonthlyQueries.NHS)).isEqualTo(200L);
		assertThat(data.findings().stream().filter(finding -> finding.rule().startsWith("dtoc-")))
			.extracting(FindingRow::fileName, FindingRow::rule, FindingRow::message)
			.containsExactly(
					tuple("Jul_16.xls", "dtoc-sources-differ",
							"July 2016: the LA workbook gives England 125 NHS, 50 social care and 10 both delayed days;"
									+ " the provider extract DTOC-2016-07.csv gives 100 NHS, 50 social care and 10 both"
									+ " delayed days. The LA workbook's are reported."),
					tuple("DTOC-2016-08.csv", "dtoc-england-series-differs",
							"August 2016: the reported delayed days give England 200 NHS, 0 social care and 0 both"
									+ " delayed days; England's time series DTOC-England-Data_Set.xls gives 190 NHS,"
									+ " 0 social care and 0 both delayed days."));
	}

	private static void monthly(Warehouse warehouse, long id, String file, String type, LocalDate month) {
		LocalDateTime received = month.plusMonths(1).atTime(9, 0);
		warehouse.file(id, file, received);
		warehouse.submission(id, type, null, 2016, 2, "ACCEPTED", received);
		warehouse.jdbc.update("UPDATE submission SET period_month = ? WHERE id = ?", Date.valueOf(month), id);
	}

	private static void extractRow(Warehouse warehouse, long submission, LocalDate month, long nhs, long socialCare,
			long both) {
		warehouse.jdbc.update("""
				INSERT INTO dtoc_fact (submission_id, period_month, fin_year, quarter, parent_code, provider_code,
				legacy_la_code, area_code, acute, reason, nhs_days, social_care_days, both_days, source_row)
				VALUES (?, ?, 2016, 2, 'Q44', 'RMP', '357', ?, 'ACUTE', 'A_COMPLETION_ASSESSMENT', ?, ?, ?, 5)""",
				submission, Date.valueOf(month), BcfFixture.TAMESIDE, nhs, socialCare, both);
	}

	private static void seriesRow(Warehouse warehouse, long submission, LocalDate month, long nhs, long socialCare,
			long both) {
		warehouse.jdbc.update("""
				INSERT INTO dtoc_england_fact (submission_id, period_month, nhs_days, social_care_days, both_days,
				source_sheet, source_row) VALUES (?, ?, ?, ?, ?, 'Delayed Days by responsible org', 17)""", submission,
				Date.valueOf(month), nhs, socialCare, both);
	}

	private static void workbookRow(Warehouse warehouse, long submission, String area, String organisation, long days) {
		warehouse.jdbc.update("""
				INSERT INTO dtoc_la_fact (submission_id, period_month, fin_year, quarter, area_code, la_code, la_name,
				breakdown, category, delayed_days, source_sheet, source_row)
				VALUES (?, ?, 2016, 2, ?, '311', 'Tameside', 'RESPONSIBLE_ORG', ?, ?, 'LA - by responsible org', 20)""",
				submission, Date.valueOf(JULY), area, organisation, days);
	}

}
