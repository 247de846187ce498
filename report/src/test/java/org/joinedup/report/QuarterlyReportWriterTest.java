package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.sheet.SummaryFigure;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STTotalsRowFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes real workbooks from a hand-made warehouse and reads them back with POI. */
class QuarterlyReportWriterTest {

	static final FinancialQuarter Q2 = new FinancialQuarter(2016, 2);
	static final FinancialQuarter Q1 = new FinancialQuarter(2016, 1);

	static Warehouse warehouse;

	@TempDir
	Path out;

	XSSFWorkbook workbook;

	@BeforeAll
	static void fillWarehouse() {
		warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
	}

	@AfterEach
	void close() throws IOException {
		if (workbook != null) {
			workbook.close();
		}
	}

	@Test
	void namesTheFileAfterTheQuarter() {
		assertThat(Q2.label()).isEqualTo("2016-17 Q2");
		assertThat(new FinancialQuarter(2016, 4).slug()).isEqualTo("2016-17-Q4");
		assertThat(new FinancialQuarter(1999, 4).label()).isEqualTo("1999-00 Q4");
		assertThat(write(Q2).getFileName().toString()).isEqualTo("joinedup-quarterly-2016-17-Q2.xlsx");
	}

	@Test
	void sheetsComeInContractOrder() {
		open(write(Q2));
		List<String> names = new ArrayList<>();
		workbook.forEach(s -> names.add(s.getSheetName()));
		assertThat(names).containsExactly("Cover", "Contents", "Summary", "Savings", "Schemes", "Admissions",
				"Delayed transfers", "Care outcomes", "Survey trends", "Data quality", "Findings", "Notes",
				"EmergencyAdmissions", "NonElectiveAdmissions", "DelayedDaysByMonth", "DelayedDaysByLocalAuthority");
		assertThat(workbook.getActiveSheetIndex()).isZero();
	}

	@Test
	void coverSaysWhatTheWorkbookIsAndContentsLinksEverySheet() {
		open(write(Q2));
		XSSFSheet cover = sheet("Cover");
		assertThat(text(cover, "A1")).isEqualTo("joinedup quarterly report: 2016-17 Q2 and year to date");
		List<String> labels = new ArrayList<>();
		for (int r = 2; r <= cover.getLastRowNum(); r++) {
			labels.add(text(cover, "A" + (r + 1)));
		}
		assertThat(labels).containsSubsequence("Period", "Status", "Source returns", "Contact", "Made at",
				"Made by run", "Revisions");
		assertThat(findCell(cover, "quarterlyReport execution 42")).isNotNull();
		assertThat(findCell(cover, "2016-11-01 09:30:00 UTC")).isNotNull();
		assertThat(findCell(cover, ReportSettings.DEFAULT_CONTACT)).isNotNull();
		assertThat(text(cover, "B3")).contains("1 July 2016 to 30 September 2016", "1 April 2016");
		assertThat(text(cover, "B4")).startsWith("Management information, not official statistics");

		XSSFTable contents = table("Contents");
		assertThat(contents.getSheetName()).isEqualTo("Contents");
		assertThat(headers(contents)).containsExactly("Sheet", "What it holds");
		XSSFSheet sheet = sheet("Contents");
		List<String> linked = new ArrayList<>();
		for (int r = contents.getStartRowIndex() + 1; r <= contents.getEndRowIndex(); r++) {
			Cell cell = sheet.getRow(r).getCell(contents.getStartColIndex());
			assertThat(cell.getHyperlink()).as("link in " + cell.getAddress()).isNotNull();
			assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
			assertThat(cell.getHyperlink().getAddress()).isEqualTo("'" + cell.getStringCellValue() + "'!A1");
			assertThat(sheet.getRow(r).getCell(contents.getStartColIndex() + 1).getStringCellValue())
				.as("what " + cell.getStringCellValue() + " holds")
				.isNotBlank();
			linked.add(cell.getStringCellValue());
		}
		List<String> others = new ArrayList<>();
		workbook.forEach(s -> others.add(s.getSheetName()));
		others.remove("Contents");
		assertThat(linked).isEqualTo(others);
	}

	@Test
	void eachDataSheetHoldsOneTableAtTheTopLeft() {
		open(write(Q2));
		for (XSSFSheet sheet : sheets()) {
			String name = sheet.getSheetName();
			if (List.of("Cover", "Summary", "Notes").contains(name)) {
				continue;
			}
			assertThat(sheet.getTables()).as(name + " tables").hasSize(1);
			XSSFTable table = sheet.getTables().get(0);
			assertThat(table.getStartColIndex()).as(name + " first column").isZero();
			assertThat(table.getStartRowIndex()).as(name + " header row").isEqualTo(3);
			assertThat(sheet.getMergedRegions()).as(name + " merged cells inside the table")
				.allSatisfy(merged -> assertThat(merged.getLastRow()).isLessThan(table.getStartRowIndex()));
			for (int r = table.getStartRowIndex(); r <= table.getEndRowIndex(); r++) {
				Row row = sheet.getRow(r);
				assertThat((Object) row).as(name + " row " + (r + 1) + " inside the table").isNotNull();
				if (table.getEndRowIndex() - table.getTotalsRowCount() > table.getStartRowIndex() + 1) {
					boolean blank = true;
					for (Cell cell : row) {
						blank &= cell.getCellType() == CellType.BLANK;
					}
					assertThat(blank).as(name + " row " + (r + 1) + " is blank").isFalse();
				}
			}
			if (!List
				.of("Contents", "Schemes", "Findings", "Savings", "Admissions", "Delayed transfers", "Care outcomes",
						"Survey trends", "Data quality")
				.contains(name)) {
				assertThat(table.getName()).as("a further table's sheet is named after it").isEqualTo(name);
			}
		}
		assertThat(table("SourceFiles").getSheetName()).isEqualTo("Notes");
	}

	@Test
	void everySheetPrintsOnA4LandscapeWithTitlesAndPageNumbers() {
		open(write(Q2));
		for (XSSFSheet sheet : sheets()) {
			String name = sheet.getSheetName();
			assertThat(sheet.getPrintSetup().getPaperSize()).as(name + " paper").isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).as(name + " landscape").isTrue();
			assertThat(sheet.getRepeatingRows()).as(name + " print titles").isNotNull();
			assertThat(sheet.getFooter().getCenter()).as(name + " footer").isEqualTo(name);
			assertThat(sheet.getFooter().getRight()).as(name + " footer").isEqualTo("Page &P of &N");
			if (sheet.getFitToPage()) {
				// fitted one page wide only when the text stays readable
				double width = 0;
				for (int c = 0; c <= lastColumn(sheet); c++) {
					width += sheet.getColumnWidth(c) / 256.0;
				}
				assertThat(sheet.getPrintSetup().getFitWidth()).as(name).isEqualTo((short) 1);
				assertThat(width).as(name + " width in characters").isLessThanOrEqualTo(185.0);
			}
		}
		XSSFTable admissions = table("Admissions");
		assertThat(sheet("Admissions").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:4"));
		assertThat(sheet("Findings").getRepeatingRows().getFirstRow()).isEqualTo(3);
		assertThat(admissions.getStartRowIndex()).isEqualTo(3);
		Row header = sheet("Admissions").getRow(3);
		assertThat(header.getHeightInPoints()).as("room for the wrapped header text").isGreaterThanOrEqualTo(2 * 14f);
	}

	static int lastColumn(XSSFSheet sheet) {
		int last = 0;
		for (Row row : sheet) {
			if (row.getRowNum() > 1) {
				last = Math.max(last, row.getLastCellNum() - 1);
			}
		}
		return last;
	}

	@Test
	void tablesHaveContractNamesRangesAndHeadersThatMatchTheirColumns() {
		open(write(Q2));
		assertThat(table("Savings").getArea().formatAsString()).isEqualTo("A4:H7");
		assertThat(table("Schemes").getArea().formatAsString()).isEqualTo("A4:H8");
		assertThat(table("Admissions").getArea().formatAsString()).isEqualTo("A4:L7");
		assertThat(table("DelayedTransfers").getArea().formatAsString()).isEqualTo("A4:L7");
		assertThat(table("CareOutcomes").getArea().formatAsString()).isEqualTo("A4:H7");
		assertThat(table("SurveyTrends").getArea().formatAsString()).isEqualTo("A4:G5");
		assertThat(table("Submissions").getArea().formatAsString()).isEqualTo("A4:I12");
		assertThat(table("Findings").getArea().formatAsString()).isEqualTo("A4:I8");
		assertThat(table("Schemes").getSheetName()).isEqualTo("Schemes");
		assertThat(table("Findings").getSheetName()).isEqualTo("Findings");

		assertThat(headers(table("Savings"))).containsExactly("ONS code", "Area", "Region", "Planned savings (£)",
				"Savings achieved (£)", "Variance (£)", "Achieved (%)", "Status");
		assertThat(headers(table("Schemes"))).containsExactly("ONS code", "Area", "Scheme ID", "Scheme name",
				"Scheme type", "Planned savings (£)", "Savings achieved (£)", "Status");
		assertThat(headers(table("Admissions"))).containsExactly("ONS code", "Area", "Baseline", "Plan", "Actual",
				"Planned change", "Actual change", "Variance vs plan", "Cost of variance (£)", "Actual (quarter)",
				"Emergency episodes (quarter)", "Actual vs episodes (%)");
		assertThat(headers(table("DelayedTransfers"))).endsWith("Cost of variance (£)", "NHS days", "Social care days",
				"Both days");
		assertThat(headers(table("CareOutcomes"))).contains("ONS code", "Area", "Residential admissions 65+",
				"per 100,000 65+", "Reablement at home 91 days (%)");
		assertThat(headers(table("SurveyTrends"))).containsExactly("Survey", "Wave", "Question ID", "Question",
				"Answer", "Respondents", "Share (%)");
		assertThat(headers(table("Submissions"))).startsWith("Return type", "Code", "Name", "Period", "Status", "File",
				"Received", "Findings");
		assertThat(headers(table("Findings"))).contains("File", "Level", "Sheet", "Row", "Column", "Value", "Rule",
				"Message");

		for (XSSFSheet sheet : sheets()) {
			for (XSSFTable table : sheet.getTables()) {
				assertThat(table.getCTTable().getAutoFilter()).as(table.getName() + " filter").isNotNull();
				List<String> headerCells = new ArrayList<>();
				for (int c = table.getStartColIndex(); c <= table.getEndColIndex(); c++) {
					headerCells.add(sheet.getRow(table.getStartRowIndex()).getCell(c).getStringCellValue());
				}
				assertThat(headerCells).as(table.getName() + " header cells").isEqualTo(headers(table));
			}
		}
		assertThat(sheet("Admissions").getPaneInformation().isFreezePane()).isTrue();
		assertThat(sheet("Admissions").getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
	}

	@Test
	void namedCellsHoldHandComputedFiguresForTheYearToDate() {
		open(write(Q2));
		Map<String, Double> expected = BcfFixture.EXPECTED_Q2;
		// besides the named cells, only each sheet's print titles (built-in names)
		assertThat(workbook.getAllNames().stream().filter(n -> !n.getNameName().startsWith("_xlnm.")))
			.hasSize(SummaryFigure.values().length);
		expected.forEach((name, value) -> {
			Cell cell = named(name);
			assertThat(cell.getSheet().getSheetName()).as(name).isEqualTo("Summary");
			assertThat(cachedNumber(cell)).as(name).isCloseTo(value, within(1e-9));
		});
		assertThat(named("NEA_Variance_YTD").getCellFormula()).isEqualTo(
				SummaryFigure.NEA_ACTUAL_YTD.localReference() + "-" + SummaryFigure.NEA_PLAN_YTD.localReference());
		assertThat(named("NEA_Variance_Cost").getCellFormula()).isEqualTo(
				SummaryFigure.NEA_VARIANCE_YTD.localReference() + "*" + SummaryFigure.COST_NEA_UNIT.localReference());
		assertThat(named("DTOC_Variance_Cost").getCellType()).isEqualTo(CellType.FORMULA);
		assertThat(named("NEA_Actual_YTD").getCellFormula()).as("a total of the table it summarises")
			.isEqualTo("SUM(Admissions[Actual])");
		assertThat(cachedNumber(named("NEA_Variance_Pct"))).isCloseTo(500 / 19700.0, within(1e-9));
		assertThat(cachedNumber(named("Areas_NEA_Above_Plan"))).isEqualTo(2.0);
		assertThat(cachedNumber(named("Savings_Achieved_Pct"))).isCloseTo(120000 / 330000.0, within(1e-9));
	}

	@Test
	void theSummaryTellsTheStoryInSentencesOverItsFigures() {
		open(write(Q2));
		XSSFSheet summary = sheet("Summary");

		assertThat(summary.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.FORMULA);
		assertThat(List.of(text(summary, "A4"), text(summary, "A5"))).containsExactly(
				"2 of 3 expected areas have an accepted return for the quarter.",
				"Emergency (non-elective) admissions were 500 (2.5%) above plan in the year to date, costing about "
						+ "£0.8m; 2 of 2 areas were above their plan.");
		assertThat(text(summary, "A6")).startsWith("Delayed days (delayed transfers of care) were 430 (");
		assertThat(text(summary, "A7"))
			.startsWith("Areas achieved £0.1m of the £0.3m savings planned for the year (36%); ");
		assertThat(text(summary, "A8")).startsWith("Non-elective admissions in 2016-17 Q2 were ");
	}

	@Test
	void anEarlierQuarterUsesOnlyTheReturnsKnownThen() {
		open(write(Q1));
		assertThat(cachedNumber(named("Areas_Reporting"))).isEqualTo(3.0);
		// Tameside's later revision of Q1 (95,000) does not count in a Q1 report.
		assertThat(cachedNumber(named("Spend_Actual_YTD"))).isEqualTo(90000 + 48000 + 30000.0);
		assertThat(cachedNumber(named("Spend_Planned_YTD"))).isEqualTo(180000.0);
		assertThat(cachedNumber(named("NEA_Actual_YTD"))).isEqualTo(6100 + 4100 + 3050.0);
		assertThat(cachedNumber(named("Savings_Planned"))).isEqualTo(200000.0);
	}

	@Test
	void aFileRejectedBeforeItsPeriodWasReadIsListedForTheLatestQuarterOnly() {
		open(write(Q1));

		assertThat(findCell(sheet("Data quality"), "scan.pdf")).isNull();
		assertThat(findCell(sheet("Data quality"), "areas-2016.csv")).isNotNull();
	}

	@Test
	void derivedColumnsAreFormulasWithTheirValuesStored() {
		open(write(Q2));
		XSSFSheet admissions = sheet("Admissions");
		// rows sorted by area name: Barking and Dagenham (row 5), Tameside (row 6)
		assertThat(text(admissions, "B5")).isEqualTo("Barking and Dagenham");
		assertThat(number(admissions, "C5")).isEqualTo(8100.0);
		assertFormula(admissions, "F5", "D5-C5", -200);
		assertFormula(admissions, "G5", "E5-C5", -50);
		assertFormula(admissions, "H5", "E5-D5", 150);
		assertFormula(admissions, "I5", "H5*" + SummaryFigure.COST_NEA_UNIT.absoluteReference(), 150 * 1611);
		assertFormula(admissions, "H6", "E6-D6", 350);

		XSSFSheet delayed = sheet("Delayed transfers");
		assertFormula(delayed, "H6", "E6-D6", 2700 - 2250);
		assertFormula(delayed, "I6", "H6*" + SummaryFigure.COST_DTOC_UNIT.absoluteReference(), 450 * 305);
		assertThat(cell(delayed, "J6").getCellType()).isEqualTo(CellType.BLANK);

		XSSFSheet care = sheet("Care outcomes");
		assertThat(number(care, "C5")).isEqualTo(45.0);
		assertFormula(care, "E5", "IF(D5>0,C5/D5*100000,\"\")", 225.0);
		assertFormula(care, "E6", "IF(D6>0,C6/D6*100000,\"\")", 75 / 40000.0 * 100000);
		assertFormula(care, "H5", "IF(G5>0,F5/G5,\"\")", 105.0 / 145.0);

		XSSFSheet savings = sheet("Savings");
		assertThat(text(savings, "C5")).isEqualTo("London");
		assertFormula(savings, "F5", "D5-E5", 60000); // the shortfall: positive is worse
														// than plan
		assertFormula(savings, "G5", "IF(D5>0,E5/D5,\"\")", 0.25);
		assertThat(cell(savings, "H5").getCellType()).isEqualTo(CellType.FORMULA);
		assertThat(cell(savings, "H5").getStringCellValue()).isEqualTo("Off track");
		assertThat(cell(savings, "H6").getStringCellValue()).isEqualTo("At risk"); // 40%
																					// against
																					// 50%
																					// elapsed
	}

	static final String MONEY = "\"£\"#,##0;(\"£\"#,##0)";

	static final String COUNT = "#,##0;(#,##0)";

	/** Tables of money or counts that add up; the others have nothing to total. */
	static final List<String> TOTALLED = List.of("Savings", "Schemes", "Admissions", "DelayedTransfers", "CareOutcomes",
			"Submissions", "NonElectiveAdmissions", "DelayedDaysByLocalAuthority", "EmergencyAdmissions",
			"DelayedDaysByMonth");

	@Test
	void everyNumericTableHasATotalsRowWhoseSumsAreTheSumsOfItsDataCells() {
		open(write(Q2));
		List<String> totalled = new ArrayList<>();
		for (XSSFSheet sheet : sheets()) {
			for (XSSFTable table : sheet.getTables()) {
				if (table.getTotalsRowCount() == 0) {
					continue;
				}
				totalled.add(table.getName());
				int totals = table.getEndRowIndex();
				assertThat(table.getCTTable().getAutoFilter().getRef()).as(table.getName() + " filter")
					.isEqualTo(new AreaReference(new CellReference(table.getStartRowIndex(), table.getStartColIndex()),
							new CellReference(totals - 1, table.getEndColIndex()), workbook.getSpreadsheetVersion())
						.formatAsString());
				assertThat(sheet.getRow(totals).getCell(table.getStartColIndex()).getStringCellValue())
					.isEqualTo("Total");
				List<XSSFTableColumn> columns = table.getColumns();
				for (int i = 0; i < columns.size(); i++) {
					var column = table.getCTTable().getTableColumns().getTableColumnArray(i);
					if (!column.isSetTotalsRowFunction()) {
						continue;
					}
					Cell total = sheet.getRow(totals).getCell(table.getStartColIndex() + i);
					String what = table.getName() + "[" + columns.get(i).getName() + "] total";
					if (column.getTotalsRowFunction() == STTotalsRowFunction.SUM) {
						assertThat(total.getCellFormula()).as(what)
							.isEqualTo("SUBTOTAL(109," + table.getName() + "[" + columns.get(i).getName() + "])");
						double sum = 0;
						for (int r = table.getStartRowIndex() + 1; r < totals; r++) {
							Cell cell = sheet.getRow(r).getCell(table.getStartColIndex() + i);
							CellType type = cell == null ? CellType.BLANK : cell.getCellType() == CellType.FORMULA
									? cell.getCachedFormulaResultType() : cell.getCellType();
							sum += type == CellType.NUMERIC ? cell.getNumericCellValue() : 0;
						}
						assertThat(cachedNumber(total)).as(what).isCloseTo(sum, within(1e-6));
					}
					else {
						assertThat(column.getTotalsRowFormula().getStringValue()).as(what)
							.isEqualTo(total.getCellFormula());
					}
				}
			}
		}
		assertThat(totalled).containsExactlyInAnyOrderElementsOf(TOTALLED);
		// a ratio is worked out again from the totals, not added up
		XSSFSheet savings = sheet("Savings");
		assertFormula(savings, "G7", "IF(D7>0,E7/D7,\"\")", number(savings, "E7") / number(savings, "D7"));
		assertThat(cell(savings, "H7").getCellType()).isEqualTo(CellType.BLANK);
	}

	@Test
	void statusColumnsAreColouredGreenAmberAndRed() {
		open(write(Q2));
		assertThat(statusFills(sheet("Savings"), "H5:H6")).containsOnly("C6EFCE", "FFEB9C", "FFC7CE");
		assertThat(statusFills(sheet("Schemes"), "H5:H7")).containsOnly("C6EFCE", "FFEB9C", "FFC7CE");
		assertThat(statusFills(sheet("Data quality"), "E5:E11")).containsOnly("C6EFCE", "FFEB9C", "FFC7CE");
	}

	/** The fills of the cell-value-equals rules on exactly this range. */
	private static java.util.Set<String> statusFills(XSSFSheet sheet, String range) {
		java.util.Set<String> fills = new java.util.HashSet<>();
		var formatting = sheet.getSheetConditionalFormatting();
		for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
			var cf = formatting.getConditionalFormattingAt(i);
			if (!cf.getFormattingRanges()[0].formatAsString().equals(range)) {
				continue;
			}
			for (int r = 0; r < cf.getNumberOfRules(); r++) {
				assertThat(cf.getRule(r).getComparisonOperation()).isEqualTo(ComparisonOperator.EQUAL);
				fills.add(((XSSFColor) cf.getRule(r).getPatternFormatting().getFillBackgroundColorColor()).getARGBHex()
					.substring(2));
			}
		}
		return fills;
	}

	@Test
	void negativeMoneyIsShownInBrackets() {
		open(write(Q2));
		DataFormatter shown = new DataFormatter(Locale.UK);
		List<String> negatives = new ArrayList<>();
		for (XSSFSheet sheet : sheets()) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
							: cell.getCellType();
					if (type == CellType.NUMERIC && cell.getNumericCellValue() < 0 && format(cell).equals(MONEY)) {
						// as a viewer shows the stored value
						negatives.add(shown.formatRawCellContents(cell.getNumericCellValue(),
								cell.getCellStyle().getDataFormat(), format(cell)));
					}
				}
			}
		}
		assertThat(negatives).isNotEmpty().allMatch(text -> text.matches("\\(£[0-9,]+\\)"), "(£1,234)");
	}

	@Test
	void cellsCarryMoneyCountAndPercentFormats() {
		open(write(Q2));
		assertThat(format(named("Spend_Planned_YTD"))).isEqualTo(MONEY);
		assertThat(format(named("NEA_Variance_Cost"))).isEqualTo(MONEY);
		assertThat(format(named("NEA_Actual_YTD"))).isEqualTo(COUNT);
		assertThat(format(named("REA_Actual_YTD"))).isEqualTo("0.0%");
		assertThat(format(cell(sheet("Admissions"), "C5"))).isEqualTo(COUNT);
		assertThat(format(cell(sheet("Admissions"), "I5"))).isEqualTo(MONEY);
		assertThat(format(cell(sheet("Savings"), "D5"))).isEqualTo(MONEY);
		assertThat(format(cell(sheet("Savings"), "G5"))).isEqualTo("0.0%");
		assertThat(format(cell(sheet("Care outcomes"), "H5"))).isEqualTo("0.0%");
	}

	@Test
	void textFromReturnsStaysText() {
		open(write(Q2));
		Cell hostile = findCell(sheet("Schemes"), BcfFixture.HOSTILE_SCHEME);
		assertThat(hostile).as("hostile scheme name written as text").isNotNull();
		assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
		Cell value = findCell(sheet("Findings"), "=1+1");
		assertThat(value).isNotNull();
		assertThat(value.getCellType()).isEqualTo(CellType.STRING);
	}

	@Test
	void dataQualityListsEveryReturnAndMissingArea() {
		open(write(Q2));
		XSSFSheet dq = sheet("Data quality");
		List<List<String>> rows = new ArrayList<>();
		for (int r = 5; r <= 9; r++) {
			rows.add(List.of(text(dq, "B" + r), text(dq, "E" + r), text(dq, "F" + r)));
		}
		assertThat(rows).containsExactly(List.of(BcfFixture.BARKING, "Accepted", "barking-2016-17-q2.xlsx"),
				List.of(BcfFixture.BARKING, "Rejected", "barking-2016-17-q2-fix.xlsx"),
				List.of(BcfFixture.HARTLEPOOL, "Missing", ""),
				List.of(BcfFixture.TAMESIDE, "Superseded", "tameside-2016-17-q2.xlsx"),
				List.of(BcfFixture.TAMESIDE, "Accepted", "tameside-2016-17-q2-v2.xlsx"));
		assertThat(List.of(text(dq, "C10"), text(dq, "F10"), text(dq, "C11"), text(dq, "E11"), text(dq, "F11")))
			.as("after the areas' returns: the reference file in use, and (the latest quarter) a file rejected undated")
			.containsExactly("Areas reference", "areas-2016.csv", "Unrecognised file", "Rejected", "scan.pdf");
		assertThat(text(dq, "C7")).isEqualTo("Hartlepool");
		assertThat(text(dq, "D7")).isEqualTo("2016-17 Q2");
		assertThat(number(dq, "H6")).isEqualTo(2.0);
		assertThat(text(dq, "I6")).isEqualTo("NEA actual must not be negative");

		XSSFSheet findings = sheet("Findings");
		List<String> findingFiles = new ArrayList<>();
		for (int r = 5; r <= 8; r++) {
			findingFiles.add(text(findings, "A" + r));
		}
		assertThat(findingFiles).containsExactly("scan.pdf", "tameside-2016-17-q2.xlsx", "barking-2016-17-q2-fix.xlsx",
				"barking-2016-17-q2-fix.xlsx");
		assertThat(text(findings, "B7")).isEqualTo("record");
		assertThat(number(findings, "E7")).isEqualTo(7.0);
		assertThat(text(findings, "G7")).isEqualTo("-5");
		assertThat(text(findings, "H7")).isEqualTo("NEGATIVE_COUNT");
	}

	@Test
	void notesNameTheRunAndEverySourceFileWithItsHash() {
		open(write(Q2));
		XSSFSheet notes = sheet("Notes");
		assertThat(findCell(notes, "quarterlyReport execution 42")).isNotNull();
		assertThat(findCell(notes, "2016-11-01 09:30:00 UTC")).isNotNull();
		XSSFTable files = table("SourceFiles");
		assertThat(files.getSheetName()).isEqualTo("Notes");
		assertThat(files.getRowCount()).isEqualTo(1 + 5); // areas reference + 4 accepted
															// returns behind the figures
		for (long id : new long[] { 2, 10, 11, 21, 22 }) {
			assertThat(findCell(notes, Warehouse.sha(id))).as("file " + id).isNotNull();
		}
		for (long id : new long[] { 1, 5, 12, 20, 23 }) {
			assertThat(findCell(notes, Warehouse.sha(id))).as("file " + id).isNull();
		}
	}

	@Test
	void notesListTheEpisodeAndSurveyFilesBehindTheFiguresToo() {
		LocalDateTime received = LocalDateTime.of(2016, 10, 20, 9, 0);
		receive(90, "EPISODES", "2016-07 to 2016-09", 2016, 2, received);
		receive(91, "EPISODES", "2016-04 to 2016-06", 2016, 1, received);
		receive(92, "SURVEY_RESPONSES", "NHS Providers survey 2021-11", null, null, received);
		receive(93, "PROVIDERS_REFERENCE", null, null, null, received);

		open(write(Q2));

		XSSFSheet notes = sheet("Notes");
		assertThat(table("SourceFiles").getRowCount()).isEqualTo(1 + 5 + 2);
		assertThat(findCell(notes, Warehouse.sha(90))).as("the quarter's episodes extract").isNotNull();
		assertThat(findCell(notes, Warehouse.sha(92))).as("a survey wave on Survey trends").isNotNull();
		assertThat(findCell(notes, Warehouse.sha(91))).as("another quarter's episodes extract").isNull();
		assertThat(findCell(notes, Warehouse.sha(93))).as("the providers reference, not used by the workbook").isNull();
	}

	private void receive(long id, String returnType, String orgCode, Integer finYear, Integer quarter,
			LocalDateTime received) {
		warehouse.file(id, "file-" + id + ".csv", received);
		warehouse.submission(id, returnType, orgCode, finYear, quarter, "ACCEPTED", received);
	}

	@Test
	void writesAtomicallyAndReplacesAnExistingWorkbook() throws IOException {
		Path target = out.resolve("joinedup-quarterly-2016-17-Q2.xlsx");
		Files.writeString(target, "an older, broken workbook");
		Path written = new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS).write(Q2, out,
				BcfFixture.RUN);
		assertThat(written).isEqualTo(target);
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files).containsExactly(target);
		}
		open(written);
		assertThat(cachedNumber(named("Areas_Expected"))).isEqualTo(3.0);
	}

	@Test
	void usesTheConfiguredUnitCosts() {
		Path path = new QuarterlyReportWriter(warehouse.dataSource,
				new ReportSettings(new java.math.BigDecimal("1000"), new java.math.BigDecimal("100")))
			.write(Q2, out, BcfFixture.RUN);
		open(path);
		assertThat(cachedNumber(named("NEA_Variance_Cost"))).isEqualTo(500_000.0);
		assertThat(cachedNumber(named("DTOC_Variance_Cost"))).isEqualTo(43_000.0);
		assertThat(cachedNumber(cell(sheet("Admissions"), "I6"))).isEqualTo(350_000.0);
	}

	@Test
	void anEmptyWarehouseStillGivesValidTables() {
		Warehouse empty = Warehouse.migrated();
		Path path = new QuarterlyReportWriter(empty.dataSource, BcfFixture.SETTINGS).write(Q2, out, BcfFixture.RUN);
		open(path);
		for (String name : List.of("Savings", "Schemes", "Admissions", "DelayedTransfers", "CareOutcomes",
				"SurveyTrends", "Submissions", "Findings", "SourceFiles")) {
			assertThat(table(name).getRowCount() - table(name).getTotalsRowCount()).as(name).isEqualTo(2);
		}
		assertThat(table("Savings").getTotalsRowCount()).isEqualTo(1);
		assertThat(text(sheet("Summary"), "A7")).isEqualTo("No savings were planned in the returns for the quarter.");
		assertThat(cachedNumber(named("Areas_Expected"))).isZero();
		assertThat(cachedNumber(named("REA_Actual_YTD"))).isZero();
		assertThat(cachedNumber(named("NEA_Variance_Cost"))).isZero();
	}

	@Test
	void admissionsAndDelayedDaysChartTheVarianceOfEachArea() {
		open(write(Q2));
		for (String name : List.of("Admissions", "Delayed transfers")) {
			List<XSSFChart> charts = sheet(name).getDrawingPatriarch().getCharts();
			assertThat(charts).as(name).hasSize(1);
			assertThat(charts.get(0).getTitleText().getString()).as(name)
				.endsWith("variance vs plan by area (positive: worse than plan)");
			assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getPointCount()).as(name)
				.isEqualTo(2);
		}
	}

	// --- helpers
	// -----------------------------------------------------------------------------------------

	Path write(FinancialQuarter quarter) {
		return new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS).write(quarter, out, BcfFixture.RUN);
	}

	void open(Path path) {
		try (InputStream in = Files.newInputStream(path)) {
			workbook = new XSSFWorkbook(in);
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	List<XSSFSheet> sheets() {
		List<XSSFSheet> sheets = new ArrayList<>();
		workbook.forEach(s -> sheets.add((XSSFSheet) s));
		return sheets;
	}

	XSSFSheet sheet(String name) {
		XSSFSheet sheet = workbook.getSheet(name);
		assertThat(sheet).as("sheet " + name).isNotNull();
		return sheet;
	}

	XSSFTable table(String name) {
		return sheets().stream()
			.flatMap(s -> s.getTables().stream())
			.filter(t -> t.getName().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + name));
	}

	static List<String> headers(XSSFTable table) {
		return table.getColumns().stream().map(XSSFTableColumn::getName).toList();
	}

	Cell named(String name) {
		Name n = workbook.getName(name);
		assertThat(n).as("name " + name).isNotNull();
		CellReference ref = new AreaReference(n.getRefersToFormula(), workbook.getSpreadsheetVersion()).getFirstCell();
		return cell(sheet(ref.getSheetName()), ref.formatAsString(false));
	}

	static Cell cell(XSSFSheet sheet, String a1) {
		CellReference ref = new CellReference(a1);
		Row row = sheet.getRow(ref.getRow());
		assertThat(row).as(sheet.getSheetName() + " row of " + a1).isNotNull();
		Cell cell = row.getCell(ref.getCol());
		assertThat(cell).as(sheet.getSheetName() + "!" + a1).isNotNull();
		return cell;
	}

	static String text(XSSFSheet sheet, String a1) {
		return cell(sheet, a1).getStringCellValue();
	}

	static double number(XSSFSheet sheet, String a1) {
		return cell(sheet, a1).getNumericCellValue();
	}

	/**
	 * The value a viewer that does not recalculate shows: the stored value, or a
	 * formula's cached result.
	 */
	static double cachedNumber(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		assertThat(type).as("numeric value in " + cell.getAddress()).isEqualTo(CellType.NUMERIC);
		return cell.getNumericCellValue();
	}

	static void assertFormula(XSSFSheet sheet, String a1, String formula, double value) {
		Cell cell = cell(sheet, a1);
		assertThat(cell.getCellType()).as(a1 + " type").isEqualTo(CellType.FORMULA);
		assertThat(cell.getCellFormula()).as(a1 + " formula").isEqualTo(formula);
		assertThat(cachedNumber(cell)).as(a1 + " cached value").isCloseTo(value, within(1e-9));
	}

	static String format(Cell cell) {
		return cell.getCellStyle().getDataFormatString();
	}

	static Cell findCell(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return cell;
				}
			}
		}
		return null;
	}

}
