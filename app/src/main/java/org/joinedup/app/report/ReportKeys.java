package org.joinedup.app.report;

/** Names of the report job's parameters and execution-context entries. */
public final class ReportKeys {

	public static final String JOB = "quarterlyReport";

	public static final String QUARTER = "quarter";

	public static final String WAREHOUSE_STATE = "warehouse.state";

	public static final String COST_NEA = "cost.nea";

	public static final String COST_DTOC = "cost.dtoc";

	/**
	 * Whom readers contact (the Cover); not identifying: a new contact does not make a
	 * new report.
	 */
	public static final String CONTACT = "contact";

	public static final String REQUESTED_AT = "requested.at";

	public static final String OUT_DIR = "out.dir";

	public static final String REPORT_PATH = "report.path";

	private ReportKeys() {
	}

}
