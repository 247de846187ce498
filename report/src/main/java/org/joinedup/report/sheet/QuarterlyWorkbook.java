package org.joinedup.report.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.ReportStyles;
import org.joinedup.report.table.TableWriter;

/**
 * Builds the quarterly workbook: the sheets of the report contract, in order, each set up
 * for print, with every formula's value cached.
 */
public final class QuarterlyWorkbook {

	/** Fills a new, empty workbook ({@link org.joinedup.report.file.NewWorkbook}). */
	public XSSFWorkbook build(XSSFWorkbook workbook, ReportData data) {
		ReportStyles styles = new ReportStyles(workbook);
		SheetKit kit = new SheetKit(styles, new TableWriter(styles));
		List<ReportSheet> sheets = sheets(kit, data);
		// Create every sheet first, so that formulas may refer to any of them.
		sheets.forEach(sheet -> workbook.createSheet(sheet.name()));
		List<ReportSheet> summariesLast = sheets.stream()
			.sorted(Comparator.comparing(ReportSheet::summarisesOthers))
			.toList();
		for (ReportSheet sheet : summariesLast) {
			sheet.write(workbook.getSheet(sheet.name()), data);
		}
		new PrintLayout(styles).apply(workbook, CoverSheet.title(data.quarter()));
		XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
		workbook.setActiveSheet(0);
		workbook.getProperties().getCoreProperties().setTitle("joinedup quarterly report " + data.quarter().label());
		workbook.getProperties().getCoreProperties().setCreator("joinedup (" + data.run().runId() + ")");
		return workbook;
	}

	/**
	 * The sheets in the contract's order: Cover, Contents, Summary, the data sheets,
	 * Notes, then a sheet of its own for every further table, named after it.
	 */
	static List<ReportSheet> sheets(SheetKit kit, ReportData data) {
		List<ReportSheet> sheets = new ArrayList<>();
		MetricVarianceSheet admissions = MetricVarianceSheet.admissions(kit);
		MetricVarianceSheet delayed = MetricVarianceSheet.delayedTransfers(kit);
		sheets.add(new CoverSheet(kit));
		sheets.add(new ContentsSheet(kit, () -> sheets));
		sheets.addAll(List.of(new SummarySheet(kit), new SavingsSheet(kit), SavingsSheet.schemes(kit), admissions,
				delayed, new CareOutcomesSheet(kit), new SurveyTrendsSheet(kit), new DataQualitySheet(kit),
				DataQualitySheet.findings(kit), new NotesSheet(kit)));
		sheets.addAll(List.of(admissions.monthly(), admissions.extra(), delayed.monthly(), delayed.extra()));
		sheets.addAll(SurveyTrendsSheet.crossTabs(kit, data));
		return sheets;
	}

}
