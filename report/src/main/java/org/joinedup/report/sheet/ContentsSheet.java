package org.joinedup.report.sheet;

import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.table.Column;
import org.joinedup.report.table.TablePlacement;

/**
 * Every other sheet of the workbook, in order, with a link to it and one line on what it
 * holds: the Contents table.
 */
public final class ContentsSheet implements ReportSheet {

	public static final String NAME = "Contents";

	private final SheetKit kit;

	private final Supplier<List<ReportSheet>> sheets;

	/**
	 * @param sheets the workbook's sheets, in order
	 */
	public ContentsSheet(SheetKit kit, Supplier<List<ReportSheet>> sheets) {
		this.kit = kit;
		this.sheets = sheets;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "This list of sheets";
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		List<ReportSheet> listed = sheets.get().stream().filter(s -> !s.name().equals(NAME)).toList();
		TablePlacement table = kit.tableSheet(sheet, "Contents: " + data.quarter().label() + " and year to date",
				"Every sheet of the workbook, in order; select a sheet's name to go to it.", NAME,
				List.of(Column.text("Sheet", ReportSheet::name), Column.text("What it holds", ContentsSheet::holds)),
				listed);
		XSSFCellStyle link = linkStyle(sheet.getWorkbook());
		for (int i = 0; i < listed.size(); i++) {
			var cell = sheet.getRow(table.firstDataRow() + i).getCell(table.firstColumn());
			XSSFHyperlink hyperlink = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			hyperlink.setAddress("'" + listed.get(i).name().replace("'", "''") + "'!A1");
			cell.setHyperlink(hyperlink);
			cell.setCellStyle(link);
		}
	}

	private static String holds(ReportSheet sheet) {
		if (sheet.name().equals(SummarySheet.NAME)) {
			return "The headline figures for England, year to date, as named cells, with charts";
		}
		return sheet.description();
	}

	private XSSFCellStyle linkStyle(XSSFWorkbook workbook) {
		XSSFFont font = workbook.createFont();
		font.setUnderline(Font.U_SINGLE);
		font.setColor(IndexedColors.BLUE.getIndex());
		XSSFCellStyle style = workbook.createCellStyle();
		style.cloneStyleFrom(kit.styles().of(org.joinedup.report.style.CellFormat.TEXT));
		style.setFont(font);
		return style;
	}

}
