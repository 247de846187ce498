package org.joinedup.samples.bcf;

import static org.joinedup.samples.bcf.CellWriter.cell;
import static org.joinedup.samples.bcf.CellWriter.text;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Narrative, and the sheets a reader must ignore: Guidance, Checklist and the hidden
 * Lists.
 */
final class OtherSheets {

	private OtherSheets() {
	}

	static void guidance(WriteContext x) {
		Sheet s = x.wb().createSheet("Guidance");
		x.title(s, 0, "Better Care Fund quarterly reporting template: guidance", 7);
		String[] lines = { "Complete the yellow cells on each numbered sheet.",
				"Metrics: give the plan and actual for the quarter; the baseline is the same quarter a year earlier.",
				"Income and Expenditure: restate the year to date; revise earlier quarters if needed.",
				"Savings: one row per scheme; planned savings are for the whole year, achieved to date.",
				"Return the completed template to the Better Care Support Team by the deadline." };
		for (int i = 0; i < lines.length; i++) {
			text(s, i + 2, 0, lines[i]);
		}
		s.setColumnWidth(0, 100 * 256);
	}

	static void narrative(WriteContext x) {
		Sheet s = x.sheet(4, "narrative");
		x.title(s, 0, "Narrative", 7);
		Cell c = cell(s, 2, 0);
		c.setCellValue(x.ret().narrative());
		c.setCellStyle(x.styles().wrap);
		s.addMergedRegion(new CellRangeAddress(2, 12, 0, 7));
	}

	static void checklistAndLists(WriteContext x) {
		Sheet check = x.wb().createSheet("Checklist");
		x.header(check, 0, new String[] { "Item", "Complete?" });
		String[] items = { "Cover", "Metrics", "Income and Expenditure", "Savings", "Narrative" };
		for (int i = 0; i < items.length; i++) {
			text(check, i + 1, 0, items[i]);
			text(check, i + 1, 1, "Yes");
		}
		Sheet lists = x.wb().createSheet("Lists");
		String[] entries = { "On track", "At risk", "Off track", "NEA", "DTOC", "RES", "REA" };
		for (int i = 0; i < entries.length; i++) {
			text(lists, i, 0, entries[i]);
		}
		x.wb()
			.setSheetVisibility(x.wb().getSheetIndex(lists),
					x.layout().veryHiddenLists ? SheetVisibility.VERY_HIDDEN : SheetVisibility.HIDDEN);
	}

}
