package org.joinedup.app.console.quarters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.joinedup.app.ops.JobHistory;
import org.joinedup.app.report.ReportKeys;
import org.joinedup.app.report.ReportRunner;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * The workbooks the report job wrote, found through its executions: a workbook is only
 * ever served from the path its execution recorded.
 */
@Component
class QuarterWorkbooks {

	private final ReportRunner reports;

	private final JobHistory history;

	QuarterWorkbooks(ReportRunner reports, JobHistory history) {
		this.reports = reports;
		this.history = history;
	}

	/** Every quarter the warehouse has returns for, newest first. */
	List<QuarterRow> rows() {
		Map<String, JobExecution> latest = latestCompletedByQuarter();
		List<FinancialQuarter> quarters = new ArrayList<>(reports.quarters());
		Collections.reverse(quarters);
		return quarters.stream().map(quarter -> {
			JobExecution execution = latest.get(quarter.label());
			return execution == null ? new QuarterRow(quarter, null, false) : new QuarterRow(quarter,
					workbookOf(execution), !reports.isCurrent(execution.getJobParameters(), quarter));
		}).toList();
	}

	/**
	 * The workbook of the latest completed report of the quarter whose slug this is, if
	 * its file is still there.
	 */
	Optional<Workbook> workbook(String slug) {
		return latestCompletedByQuarter().entrySet()
			.stream()
			.filter(entry -> FinancialQuarter.parse(entry.getKey()).map(FinancialQuarter::slug).orElse("").equals(slug))
			.map(entry -> workbookOf(entry.getValue()))
			.filter(Workbook::exists)
			.findFirst();
	}

	private Map<String, JobExecution> latestCompletedByQuarter() {
		Map<String, JobExecution> latest = new HashMap<>();
		for (JobExecution execution : history.allOf(ReportKeys.JOB)) {
			if (execution.getStatus() == BatchStatus.COMPLETED
					&& execution.getExecutionContext().containsKey(ReportKeys.REPORT_PATH)) {
				latest.put(execution.getJobParameters().getString(ReportKeys.QUARTER), execution);
			}
		}
		return latest;
	}

	private static Workbook workbookOf(JobExecution execution) {
		return new Workbook(execution.getId(),
				Path.of(execution.getExecutionContext().getString(ReportKeys.REPORT_PATH)), execution.getEndTime(),
				execution.getJobParameters().getString(ReportKeys.WAREHOUSE_STATE));
	}

}
