package org.joinedup.samples.bcf;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays one return out as a workbook shaped like the BCF quarterly template, with the
 * layout's imperfections.
 */
public final class BcfWorkbookWriter {

	/** A workbook in memory and where its items are. */
	public record Written(Workbook workbook, CellMap cells) {
	}

	private BcfWorkbookWriter() {
	}

	public static Written write(BcfReturn ret, Layout layout) {
		Workbook wb = layout.legacyXls ? new HSSFWorkbook() : new XSSFWorkbook();
		if (layout.date1904 && wb instanceof XSSFWorkbook x) {
			var ct = x.getCTWorkbook();
			(ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
		}
		WriteContext context = WriteContext.of(ret, layout, wb);
		OtherSheets.guidance(context);
		CoverSheet.write(context);
		MetricsSheet.write(context);
		MoneySheets.incomeExpenditure(context);
		MoneySheets.savings(context);
		OtherSheets.narrative(context);
		OtherSheets.checklistAndLists(context);
		wb.setActiveSheet(1);
		wb.setSelectedTab(1);
		return new Written(wb, context.map());
	}

}
