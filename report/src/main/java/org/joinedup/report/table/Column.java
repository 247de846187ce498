package org.joinedup.report.table;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.joinedup.report.style.CellFormat;
import org.joinedup.report.style.StatusColour;

/**
 * A column of an Excel table: its header, its format, and either how to get its value
 * from a row or a formula. A formula refers to other columns of the same row as
 * {@code {Header}}, e.g. {@code "{Actual}-{Plan}"}.
 * <p>
 * Its cell in the table's totals row: money and counts are summed
 * ({@code SUBTOTAL(109,Table[Header])}), other formats left blank, unless the column says
 * otherwise: {@link #noTotal()} for a count that does not add up (a row number, a number
 * of areas per quarter), {@link #totalledAs(String)} for a ratio worked out again from
 * the other columns' totals ({@code {Header}} then names that column's total). A table
 * gets a totals row when any of its columns has a total.
 * <p>
 * A status column may name the {@link StatusColour} of each of its values, shown by
 * conditional formatting on its data cells.
 */
public record Column<R>(String header, CellFormat format, Function<R, Object> value, String formula, Total total,
		String totalFormula, Map<String, StatusColour> statusColours) {

	/** What a column's cell in the totals row holds. */
	public enum Total {

		/** blank */
		NONE,
		/** the sum of the column's data cells */
		SUM,
		/** {@link Column#totalFormula()}, on the other columns' totals */
		FORMULA

	}

	public Column {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(total, "total");
		statusColours = Map.copyOf(statusColours);
		if ((value == null) == (formula == null)) {
			throw new IllegalArgumentException(header + ": a column has either a value or a formula");
		}
		if ((total == Total.FORMULA) != (totalFormula != null)) {
			throw new IllegalArgumentException(header + ": a total formula goes with Total.FORMULA only");
		}
	}

	public static <R> Column<R> value(String header, CellFormat format, Function<R, Object> value) {
		return new Column<>(header, format, value, null, defaultTotal(format), null, Map.of());
	}

	public static <R> Column<R> text(String header, Function<R, Object> value) {
		return value(header, CellFormat.TEXT, value);
	}

	public static <R> Column<R> formula(String header, CellFormat format, String formula) {
		return new Column<>(header, format, null, formula, defaultTotal(format), null, Map.of());
	}

	/** Money and counts add up; rates, percentages, text and dates do not. */
	private static Total defaultTotal(CellFormat format) {
		return format == CellFormat.MONEY || format == CellFormat.COUNT ? Total.SUM : Total.NONE;
	}

	/** The same column with a blank cell in the totals row. */
	public Column<R> noTotal() {
		return new Column<>(header, format, value, formula, Total.NONE, null, statusColours);
	}

	/**
	 * The same column whose total is a formula on the other columns' totals, e.g.
	 * {@code "IF({Plan}>0,{Actual}/{Plan},\"\")"}.
	 */
	public Column<R> totalledAs(String totalFormula) {
		return new Column<>(header, format, value, formula, Total.FORMULA, Objects.requireNonNull(totalFormula),
				statusColours);
	}

	/** The same column with its values coloured: value (any case) to colour. */
	public Column<R> coloured(Map<String, StatusColour> colours) {
		return new Column<>(header, format, value, formula, total, totalFormula, colours);
	}

	public boolean isFormula() {
		return formula != null;
	}

	public boolean hasTotal() {
		return total != Total.NONE;
	}

}
