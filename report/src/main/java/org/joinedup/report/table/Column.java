package org.joinedup.report.table;

import java.util.Objects;
import java.util.function.Function;

import org.joinedup.report.style.CellFormat;

/**
 * A column of an Excel table: its header, its format, and either how to get its value
 * from a row or a formula. A formula refers to other columns of the same row as
 * {@code {Header}}, e.g. {@code "{Actual}-{Plan}"}.
 */
public record Column<R>(String header, CellFormat format, Function<R, Object> value, String formula) {

	public Column {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(format, "format");
		if ((value == null) == (formula == null)) {
			throw new IllegalArgumentException(header + ": a column has either a value or a formula");
		}
	}

	public static <R> Column<R> value(String header, CellFormat format, Function<R, Object> value) {
		return new Column<>(header, format, value, null);
	}

	public static <R> Column<R> text(String header, Function<R, Object> value) {
		return value(header, CellFormat.TEXT, value);
	}

	public static <R> Column<R> formula(String header, CellFormat format, String formula) {
		return new Column<>(header, format, null, formula);
	}

	public boolean isFormula() {
		return formula != null;
	}
}
