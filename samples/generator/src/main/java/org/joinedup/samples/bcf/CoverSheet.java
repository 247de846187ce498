package org.joinedup.samples.bcf;

import static org.joinedup.samples.bcf.CellWriter.cell;
import static org.joinedup.samples.bcf.CellWriter.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.joinedup.samples.bcf.Layout.CoverPlacement;

/** The Cover: label/value pairs, placed and worded as the layout says. */
final class CoverSheet {

	private CoverSheet() {
	}

	static void write(WriteContext x) {
		BcfReturn ret = x.ret();
		Layout layout = x.layout();
		Sheet s = x.sheet(0, "cover");
		x.title(s, 0, "Better Care Fund Template " + ret.period().format(Quarter.PeriodForm.Q_FIRST_SLASH), 3);
		int start = 4;
		if (layout.cover == CoverPlacement.LOW) {
			text(s, 2, 0, "This template asks Health and Wellbeing Boards to report progress against their "
					+ "Better Care Fund plan. Please read the Guidance sheet before you start.");
			s.addMergedRegion(new CellRangeAddress(2, 5, 0, 3));
			cell(s, 2, 0).setCellStyle(x.styles().wrap);
			start = 20;
		}
		int labelCol = layout.cover == CoverPlacement.SPREAD ? 0 : 1;
		int valueCol = layout.cover == CoverPlacement.SPREAD ? 3 : 2;
		String[] labels = CoverLabels.of(layout.labels);
		int row = start;
		for (int i = 0; i < labels.length; i++) {
			if (i == 4) {
				if (layout.styledEmptyRows) {
					x.styledEmpty(s, row, 0, 3);
				}
				row++;
			}
			text(s, row, labelCol, labels[i]);
			Cell v = cell(s, row, valueCol);
			v.setCellStyle(x.styles().input);
			value(x, v, i);
			x.map().put("cover." + CoverLabels.STANDARD[i], s.getSheetName(), row, valueCol);
			x.map().put("coverlabel." + CoverLabels.STANDARD[i], s.getSheetName(), row, labelCol);
			row++;
		}
		s.setColumnWidth(labelCol, 30 * 256);
		s.setColumnWidth(valueCol, 28 * 256);
	}

	private static void value(WriteContext x, Cell v, int i) {
		BcfReturn ret = x.ret();
		switch (i) {
			case 0 -> v.setCellValue(ret.area().name());
			case 1 -> v.setCellValue(ret.area().onsCode());
			case 2 -> v.setCellValue(ret.period().format(x.layout().period));
			case 3 -> {
				if (x.layout().versionAsNumber) {
					v.setCellValue(Double.parseDouble(ret.templateVersion()));
				}
				else {
					v.setCellValue(ret.templateVersion());
				}
			}
			case 4 -> v.setCellValue(ret.completedBy());
			case 5 -> v.setCellValue(ret.email());
			case 6 -> v.setCellValue(ret.telephone());
			default -> signOff(x, v, ret.signedOff());
		}
	}

	private static void signOff(WriteContext x, Cell v, LocalDate date) {
		switch (x.layout().signOff) {
			case ISO_TEXT -> v.setCellValue(date.toString());
			case UK_TEXT -> v.setCellValue(date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			default -> {
				v.setCellValue(date);
				v.setCellStyle(x.styles().date);
			}
		}
	}

}
