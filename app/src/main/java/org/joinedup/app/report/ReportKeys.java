package org.joinedup.app.report;

/** Names of the report job's parameters and execution-context entries. */
final class ReportKeys {

	static final String JOB = "quarterlyReport";

	static final String QUARTER = "quarter";

	static final String WAREHOUSE_STATE = "warehouse.state";

	static final String COST_NEA = "cost.nea";

	static final String COST_DTOC = "cost.dtoc";

	static final String REQUESTED_AT = "requested.at";

	static final String OUT_DIR = "out.dir";

	static final String REPORT_PATH = "report.path";

	private ReportKeys() {
	}
}
