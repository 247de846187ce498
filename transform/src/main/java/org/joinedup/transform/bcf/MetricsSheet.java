package org.joinedup.transform.bcf;

import java.util.List;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.workbook.Row;
import org.joinedup.ingest.workbook.Sheet;
import org.joinedup.transform.table.TableHeader;

/** The Metrics sheet: one row per non-blank Metric cell below the header row. */
final class MetricsSheet {

	static final String HEADER_MISSING = "metrics-header-missing";

	static final TableColumn METRIC = TableColumn.required("Metric");

	static final TableColumn BASELINE = TableColumn.optional("Baseline");

	static final TableColumn PLAN = TableColumn.required("Plan");

	static final TableColumn ACTUAL = TableColumn.required("Actual");

	static final TableColumn NUMERATOR = TableColumn.optional("Numerator");

	static final TableColumn DENOMINATOR = TableColumn.optional("Denominator");

	static final TableColumn COMMENTARY = TableColumn.optional("Commentary");

	private static final List<TableColumn> COLUMNS = List.of(METRIC, BASELINE, PLAN, ACTUAL, NUMERATOR, DENOMINATOR,
			COMMENTARY);

	private MetricsSheet() {
	}

	static List<MetricRow> read(Sheet sheet, List<Finding> findings) {
		return TableHeader.locate(sheet, COLUMNS, HEADER_MISSING, findings)
			.map(table -> table.rows()
				.stream()
				.filter(row -> !table.header().cell(row, METRIC).isBlank())
				.map(row -> toRow(table.header(), row))
				.toList())
			.orElse(List.of());
	}

	private static MetricRow toRow(TableHeader header, Row row) {
		return new MetricRow(header.cell(row, METRIC), header.cell(row, BASELINE), header.cell(row, PLAN),
				header.cell(row, ACTUAL), header.cell(row, NUMERATOR), header.cell(row, DENOMINATOR),
				header.cell(row, COMMENTARY));
	}

}
