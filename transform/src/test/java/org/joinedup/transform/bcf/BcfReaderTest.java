package org.joinedup.transform.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.joinedup.ingest.testing.WorkbookFiles.row;
import static org.joinedup.ingest.testing.WorkbookFiles.set;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.joinedup.ingest.testing.EngineCase;
import org.joinedup.ingest.workbook.WorkbookEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BcfReaderTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsTheCoverByLabelsAndAliases(EngineCase engineCase) throws IOException {
		BcfContent content = read(engineCase, BcfReaderTest::template);

		assertThat(content.cover()).containsOnlyKeys(CoverField.HWB_NAME, CoverField.ONS_CODE,
				CoverField.REPORTING_PERIOD, CoverField.TEMPLATE_VERSION, CoverField.EMAIL, CoverField.DATE_SIGNED_OFF);
		assertThat(content.cover().get(CoverField.HWB_NAME).value()).isEqualTo("Tameside");
		assertThat(content.cover().get(CoverField.HWB_NAME).at().column()).isEqualTo("D");
		assertThat(content.cover().get(CoverField.ONS_CODE))
			.isEqualTo(new SourceValue("E08000008", new Provenance(content.file(), "1) Cover", 4, "E")));
		assertThat(content.cover().get(CoverField.REPORTING_PERIOD).value()).isEqualTo("Q3 2016-17");
		assertThat(content.cover().get(CoverField.TEMPLATE_VERSION).text()).isEqualTo("2.1");
		assertThat(content.cover().get(CoverField.EMAIL).value()).isNull();
		assertThat(content.cover().get(CoverField.EMAIL).at().column()).isEqualTo("B");
		assertThat(content.cover().get(CoverField.DATE_SIGNED_OFF).value()).isEqualTo(LocalDate.of(2017, 1, 20));
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsMetricsByHeaderInAnyColumnOrder(EngineCase engineCase) throws IOException {
		BcfContent content = read(engineCase, BcfReaderTest::template);

		assertThat(content.metrics()).extracting(row -> row.metric().value()).containsExactly("NEA", "REA");
		MetricRow nea = content.metrics().get(0);
		assertThat(nea.plan().value()).isEqualTo("5,100");
		assertThat(nea.actual().value()).isEqualTo(5234.0);
		assertThat(nea.baseline().value()).isEqualTo(5000.0);
		assertThat(nea.actual().at()).isEqualTo(new Provenance(content.file(), "2. Metrics", 4, "B"));
		assertThat(nea.commentary().value()).isEqualTo("winter pressures");
		assertThat(nea.numerator().value()).isNull();
		assertThat(nea.numerator().at().column()).isNull();
		assertThat(content.metrics().get(1).denominator().value()).isEqualTo(120.0);
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsIncomeAndExpenditureQuartersAndTotal(EngineCase engineCase) throws IOException {
		BcfContent content = read(engineCase, BcfReaderTest::template);

		assertThat(content.incomeExpenditure()).extracting(row -> row.quarter().value())
			.containsExactly("Q1", "Q2", "Q3", "Q4");
		assertThat(content.incomeExpenditure().get(0).plannedIncome().value()).isEqualTo("£1,000,000");
		assertThat(content.incomeExpenditure().get(3).actualExpenditure().value()).isNull();
		assertThat(content.incomeExpenditureTotal().plannedIncome().value()).isEqualTo(4_000_000.0);
		assertThat(content.incomeExpenditureTotal().plannedExpenditure().value()).isEqualTo(4_000_000.0);
		assertThat(content.incomeExpenditureTotal().quarter().at().row()).isEqualTo(9);
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsSchemesUntilTheTotalRow(EngineCase engineCase) throws IOException {
		BcfContent content = read(engineCase, BcfReaderTest::template);

		assertThat(content.schemes()).extracting(row -> row.schemeId().text()).containsExactly("S1", "S2");
		assertThat(content.schemes().get(1).plannedSavings().value()).isEqualTo("250,000");
		assertThat(content.schemes().get(1).status().value()).isEqualTo("At risk");
		assertThat(content.savingsTotal().plannedSavings().value()).isEqualTo(350_000.0);
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void readsTheNarrativeUnderItsHeading(EngineCase engineCase) throws IOException {
		BcfContent content = read(engineCase, BcfReaderTest::template);

		assertThat(content.narrative().value()).isEqualTo("First paragraph.\nSecond paragraph.");
		assertThat(content.narrative().at()).isEqualTo(new Provenance(content.file(), "Narrative ", 3, "A"));
		assertThat(content.findings()).isEmpty();
	}

	@Test
	void givesTheSameContentWhicheverEngineReadsAnXlsx() throws IOException {
		Path file = EngineCase.STREAMING_XLSX.write(dir, "return", BcfReaderTest::template);

		assertThat(read(WorkbookEngine.USERMODEL, file)).isEqualTo(read(WorkbookEngine.BY_FILE, file));
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void stopsSchemesAtABlankRowEvenAStyledOne(EngineCase engineCase) throws IOException {
		BcfContent content = read(engineCase, workbook -> {
			Sheet savings = workbook.createSheet("Savings");
			row(savings, 1, "Scheme ID", "Scheme name", "Scheme type", "Planned savings (£)",
					"Savings achieved to date (£)", "Status");
			row(savings, 2, "S1", "Falls", "Prevention", 1000, 500, "On track");
			CellStyle filled = workbook.createCellStyle();
			filled.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
			filled.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			set(savings, 3, 0, null).setCellStyle(filled);
			row(savings, 4, "Notes: figures are provisional");
		});

		assertThat(content.schemes()).extracting(row -> row.schemeId().value()).containsExactly("S1");
		assertThat(content.savingsTotal()).isNull();
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void leavesMissingSheetsNull(EngineCase engineCase) throws IOException {
		BcfContent content = read(engineCase, workbook -> row(workbook.createSheet("Guidance"), 1, "Read me"));

		assertThat(content.cover()).isNull();
		assertThat(content.metrics()).isNull();
		assertThat(content.incomeExpenditure()).isNull();
		assertThat(content.incomeExpenditureTotal()).isNull();
		assertThat(content.schemes()).isNull();
		assertThat(content.savingsTotal()).isNull();
		assertThat(content.narrative()).isNull();
		assertThat(content.findings()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(EngineCase.class)
	void reportsTablesWhoseHeaderRowIsMissing(EngineCase engineCase) throws IOException {
		BcfContent content = read(engineCase, workbook -> {
			row(workbook.createSheet("Metrics"), 1, "Metric", "Target", "Outcome");
			row(workbook.createSheet("Income & Expenditure"), 2, "Quarter", "Planned income (£)", "Actual income (£)");
			row(workbook.createSheet("Savings"), 1, "Nothing here");
		});

		assertThat(content.metrics()).isEmpty();
		assertThat(content.incomeExpenditure()).isEmpty();
		assertThat(content.schemes()).isEmpty();
		assertThat(content.findings()).extracting(Finding::rule)
			.containsExactly("metrics-header-missing", "income-expenditure-header-missing", "savings-header-missing");
		assertThat(content.findings()).allMatch(finding -> finding.level() == Level.FILE && finding.isError());
		Finding incomeExpenditure = content.findings().get(1);
		assertThat(incomeExpenditure.sheet()).isEqualTo("Income & Expenditure");
		assertThat(incomeExpenditure.message()).contains("'Income & Expenditure'")
			.endsWith("missing: Planned expenditure (£), Actual expenditure (£).");
		assertThat(content.findings().get(0).message()).contains("missing: Plan, Actual.");
	}

	private BcfContent read(EngineCase engineCase, Consumer<Workbook> content) throws IOException {
		return read(engineCase.engine(), engineCase.write(dir, "return", content));
	}

	private static BcfContent read(WorkbookEngine engine, Path file) {
		try (org.joinedup.ingest.workbook.Workbook workbook = engine.open(file)) {
			return new BcfReader().read(workbook);
		}
	}

	/**
	 * A return laid out like the template, with the quirks senders add: a merged label, a
	 * date cell, a formula total, a sheet name with a trailing space.
	 */
	private static void template(Workbook workbook) {
		Sheet cover = workbook.createSheet("1) Cover");
		row(cover, 1, "Better Care Fund quarterly return");
		row(cover, 3, null, "Health\u00A0&  Wellbeing Board:", null, "Tameside");
		cover.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
		row(cover, 4, null, null, "HWB code", null, "E08000008");
		row(cover, 5, "Quarter", "Q3 2016-17");
		row(cover, 6, "Template version", 2.1);
		row(cover, 7, "E-mail:");
		row(cover, 8, null, null, null, null, "Completed by", "not in columns A to D");
		row(cover, 9, "Date signed off");
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		set(cover, 9, 1, null).setCellValue(LocalDate.of(2017, 1, 20));
		cover.getRow(8).getCell(1).setCellStyle(date);
		row(cover, 41, "Telephone", "too far down");

		Sheet guidance = workbook.createSheet("Guidance");
		row(guidance, 1, "Metric", "Plan", "Actual");

		Sheet metrics = workbook.createSheet("2. Metrics");
		row(metrics, 1, "Metrics for the quarter");
		row(metrics, 3, "Metric", "Actual", "Plan", "Notes", "Baseline", "Commentary", "Denominator");
		row(metrics, 4, "NEA", 5234, "5,100", "ignored", 5000, "winter pressures");
		row(metrics, 6, "REA", 0.81, "80%", null, 0.78, null, 120);

		Sheet incomeExpenditure = workbook.createSheet("Income & Expenditure");
		row(incomeExpenditure, 2, "Quarter", "Planned income (£)", "Actual income (£)", "Planned expenditure (£)",
				"Actual expenditure (£)");
		row(incomeExpenditure, 3, "Q1", "£1,000,000", 990000, 1000000, 980000);
		row(incomeExpenditure, 4, "Q2", 1000000, 1010000, 1000000, 1000000);
		row(incomeExpenditure, 5, "Q3", 1000000, 1000000, 1000000, 1020000);
		row(incomeExpenditure, 7, "Q4", 1000000, null, 1000000, null);
		row(incomeExpenditure, 9, "Total", 4000000);
		set(incomeExpenditure, 9, 3, null).setCellFormula("SUM(D3:D7)");

		Sheet savings = workbook.createSheet("3 - Savings");
		row(savings, 1, "Scheme ID", "Scheme name", "Scheme type", "planned savings (£)", "Savings achieved to date",
				"Status");
		row(savings, 2, "S1", "Falls prevention", "Prevention", 100000, 40000, "On track");
		row(savings, 3, "S2", "Discharge to assess", "Discharge", "250,000", "£60,000", "At risk");
		row(savings, 4, null, "TOTAL", null, 350000, 100000);
		row(savings, 6, "S3", "after the total", "Other", 1, 1, "On track");

		Sheet narrative = workbook.createSheet("Narrative ");
		row(narrative, 1, "Narrative");
		row(narrative, 3, "First paragraph.");
		row(narrative, 5, null, "Second paragraph.");
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
	}

}
