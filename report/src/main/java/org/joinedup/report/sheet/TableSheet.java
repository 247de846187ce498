package org.joinedup.report.sheet;

import java.util.List;
import java.util.function.Function;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.joinedup.report.query.ReportData;
import org.joinedup.report.table.Column;
import org.joinedup.report.table.TablePlacement;

/**
 * A sheet of its own for one further table (a monthly series, a national extract), named
 * after its table: a title, a subtitle saying what it holds, and the table at the top
 * left.
 */
final class TableSheet<R> implements ReportSheet {

	/** What may be drawn beside the table once it is written, e.g. a chart. */
	@FunctionalInterface
	interface Beside<R> {

		void draw(XSSFSheet sheet, TablePlacement table, List<R> rows);

	}

	private final SheetKit kit;

	private final String tableName;

	private final String title;

	private final String subtitle;

	private final String description;

	private final List<Column<R>> columns;

	private final Function<ReportData, List<R>> rows;

	private final Beside<R> beside;

	TableSheet(SheetKit kit, String tableName, String title, String subtitle, String description,
			List<Column<R>> columns, Function<ReportData, List<R>> rows, Beside<R> beside) {
		this.kit = kit;
		this.tableName = tableName;
		this.title = title;
		this.subtitle = subtitle;
		this.description = description;
		this.columns = columns;
		this.rows = rows;
		this.beside = beside;
	}

	@Override
	public String name() {
		return tableName;
	}

	@Override
	public String description() {
		return description;
	}

	@Override
	public void write(XSSFSheet sheet, ReportData data) {
		List<R> list = rows.apply(data);
		TablePlacement table = kit.tableSheet(sheet, title + ": " + data.quarter().label() + " and year to date",
				subtitle, tableName, columns, list);
		if (beside != null) {
			beside.draw(sheet, table, list);
		}
	}

}
