package org.joinedup.report.sheet;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.style.ReportStyles;
import org.joinedup.report.table.TableWriter;

/**
 * Builds the quarterly workbook: the sheets of the report contract, in order, with every
 * formula's value cached.
 */
public final class QuarterlyWorkbook {

	/** Fills a new, empty workbook ({@link org.joinedup.report.file.NewWorkbook}). */
	public XSSFWorkbook build(XSSFWorkbook workbook, ReportData data) {
		ReportStyles styles = new ReportStyles(workbook);
		SheetKit kit = new SheetKit(styles, new TableWriter(styles));
		List<ReportSheet> sheets = List.of(new SummarySheet(kit), new SavingsSheet(kit),
				MetricVarianceSheet.admissions(kit), MetricVarianceSheet.delayedTransfers(kit),
				new CareOutcomesSheet(kit), new SurveyTrendsSheet(kit), new DataQualitySheet(kit), new NotesSheet(kit));
		// Create every sheet first, so that formulas may refer to any of them.
		sheets.forEach(sheet -> workbook.createSheet(sheet.name()));
		List<ReportSheet> summariesLast = sheets.stream()
			.sorted(Comparator.comparing(ReportSheet::summarisesOthers))
			.toList();
		for (ReportSheet sheet : summariesLast) {
			sheet.write(workbook.getSheet(sheet.name()), data);
		}
		XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
		workbook.setActiveSheet(0);
		workbook.getProperties().getCoreProperties().setTitle("joinedup quarterly report " + data.quarter().label());
		workbook.getProperties().getCoreProperties().setCreator("joinedup (" + data.run().runId() + ")");
		return workbook;
	}

}
