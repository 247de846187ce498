package org.joinedup.samples.bcf;

import static org.joinedup.samples.bcf.CellWriter.cell;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;

/** Income and Expenditure (Q1-Q4 and Total) and Savings (schemes and Total). */
final class MoneySheets {

	private static final String[] IE_HEADER = { "Quarter", "Planned income (\u00a3)", "Actual income (\u00a3)",
			"Planned expenditure (\u00a3)", "Actual expenditure (\u00a3)" };

	private static final String[] SAVINGS_HEADER = { "Scheme ID", "Scheme name", "Scheme type",
			"Planned savings (\u00a3)", "Savings achieved to date (\u00a3)", "Status" };

	private MoneySheets() {
	}

	static void incomeExpenditure(WriteContext x) {
		CellWriter values = x.values();
		Sheet s = x.sheet(2, "ie");
		x.title(s, 0, "Income and expenditure " + x.ret().period().year(), 4);
		x.header(s, 2, IE_HEADER);
		List<IncomeExpenditureLine> lines = x.ret().incomeExpenditure();
		int row = 3;
		for (IncomeExpenditureLine l : lines) {
			cell(s, row, 0).setCellValue("Q" + l.quarter());
			values.money(cell(s, row, 1), l.plannedIncome());
			values.money(cell(s, row, 2), l.actualIncome());
			values.money(cell(s, row, 3), l.plannedExpenditure());
			values.money(cell(s, row, 4), l.actualExpenditure());
			for (int c = 1; c <= 4; c++) {
				x.map().put("ie.Q" + l.quarter() + "." + IE_HEADER[c], s.getSheetName(), row, c);
			}
			row++;
		}
		cell(s, row, 0).setCellValue("Total");
		for (int c = 1; c <= 4; c++) {
			final int col = c;
			long sum = lines.stream().mapToLong(l -> moneyAt(l, col)).sum();
			total(x, cell(s, row, c), 3, row - 1, sum + (c == 3 ? x.layout().totalError : 0));
		}
		x.trailingRows(s, row + 1, 4);
		WriteContext.widths(s, 5, 22);
	}

	static void savings(WriteContext x) {
		CellWriter values = x.values();
		List<Scheme> schemes = x.ret().schemes();
		Sheet s = x.sheet(3, "savings");
		x.title(s, 0, "Savings from Better Care Fund schemes", 5);
		x.header(s, 2, SAVINGS_HEADER);
		int row = 3;
		for (int i = 0; i < schemes.size(); i++) {
			Scheme sc = schemes.get(i);
			cell(s, row, 0).setCellValue(sc.id());
			cell(s, row, 1).setCellValue(sc.name());
			cell(s, row, 2).setCellValue(sc.type());
			values.money(cell(s, row, 3), sc.planned());
			values.money(cell(s, row, 4), sc.achieved());
			cell(s, row, 5).setCellValue(sc.status());
			for (int c = 0; c < SAVINGS_HEADER.length; c++) {
				x.map().put("savings." + (i + 1) + "." + SAVINGS_HEADER[c], s.getSheetName(), row, c);
			}
			row++;
		}
		if (x.layout().savingsTotal) {
			cell(s, row, 0).setCellValue("Total");
			total(x, cell(s, row, 3), 3, row - 1, schemes.stream().mapToLong(Scheme::planned).sum());
			total(x, cell(s, row, 4), 3, row - 1, schemes.stream().mapToLong(Scheme::achieved).sum());
			row++;
		}
		x.trailingRows(s, row, 5);
		WriteContext.widths(s, 6, 20);
		s.setColumnWidth(1, 44 * 256);
	}

	/**
	 * A SUM formula where money is numeric (text numbers would sum to 0 in Excel), else
	 * the typed total.
	 */
	private static void total(WriteContext x, Cell c, int firstRow, int lastRow, long constant) {
		if (x.layout().formulaTotals && x.values().numericMoney() && x.layout().totalError == 0) {
			String col = c.getAddress().formatAsString().replaceAll("[0-9]", "");
			c.setCellFormula("SUM(" + col + (firstRow + 1) + ":" + col + (lastRow + 1) + ")");
		}
		else {
			c.setCellValue((double) constant);
		}
		c.setCellStyle(x.styles().money);
	}

	private static long moneyAt(IncomeExpenditureLine l, int col) {
		Long v = switch (col) {
			case 1 -> l.plannedIncome();
			case 2 -> l.actualIncome();
			case 3 -> l.plannedExpenditure();
			default -> l.actualExpenditure();
		};
		return v == null ? 0 : v;
	}

}
