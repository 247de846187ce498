package org.joinedup.app.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.transform.period.FinancialQuarter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Runs the quarterly report job: on demand, or for every quarter whose data changed since its last report. */
@Component
public class ReportRunner {

	private final JobOperator jobOperator;

	private final Job quarterlyReportJob;

	private final JdbcTemplate jdbc;

	private final JoinedupProperties properties;

	ReportRunner(JobOperator jobOperator, Job quarterlyReportJob, JdbcTemplate jdbc, JoinedupProperties properties) {
		this.jobOperator = jobOperator;
		this.quarterlyReportJob = quarterlyReportJob;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** The quarters any Better Care Fund return was received for, oldest first. */
	public List<FinancialQuarter> quarters() {
		return jdbc.query("""
				SELECT DISTINCT fin_year, quarter FROM submission
				WHERE return_type = 'BCF_QUARTERLY' AND fin_year IS NOT NULL ORDER BY fin_year, quarter""",
				(rs, n) -> new FinancialQuarter(rs.getInt(1), rs.getInt(2)));
	}

	public Optional<FinancialQuarter> latestQuarter() {
		List<FinancialQuarter> all = quarters();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** Writes the quarter's workbook whatever was written before. */
	public Path report(FinancialQuarter quarter, Path outDir) throws Exception {
		return run(quarter, outDir, true).orElseThrow();
	}

	/** Writes the workbook unless one was already written for the same data and settings. */
	public Optional<Path> reportIfChanged(FinancialQuarter quarter, Path outDir) throws Exception {
		return run(quarter, outDir, false);
	}

	private Optional<Path> run(FinancialQuarter quarter, Path outDir, boolean always) throws Exception {
		JobParametersBuilder parameters = new JobParametersBuilder().addString(ReportKeys.QUARTER, quarter.label())
			.addLong(ReportKeys.WAREHOUSE_STATE, warehouseState(quarter))
			.addString(ReportKeys.COST_NEA, properties.unitCost().nonElectiveAdmission().toPlainString())
			.addString(ReportKeys.COST_DTOC, properties.unitCost().delayedDay().toPlainString())
			.addString(ReportKeys.OUT_DIR, outDir.toAbsolutePath().toString(), false);
		if (always) {
			parameters.addString(ReportKeys.REQUESTED_AT, Instant.now().toString());
		}
		JobExecution execution;
		try {
			execution = jobOperator.start(quarterlyReportJob, parameters.toJobParameters());
		}
		catch (JobInstanceAlreadyCompleteException unchanged) {
			return Optional.empty();
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			Throwable cause = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
			throw new IllegalStateException("report job execution " + execution.getId() + " for " + quarter + " "
					+ execution.getStatus() + (cause == null ? "" : ": " + cause), cause);
		}
		return Optional.of(Path.of(execution.getExecutionContext().getString(ReportKeys.REPORT_PATH)));
	}

	/**
	 * Changes whenever a submission arrives that the quarter's workbook shows: its financial year up to the
	 * quarter, the areas reference, or a file that could not be dated.
	 */
	private long warehouseState(FinancialQuarter quarter) {
		Long state = jdbc.queryForObject("""
				SELECT COALESCE(MAX(id), 0) FROM submission
				WHERE (fin_year = ? AND quarter <= ?) OR fin_year IS NULL""", Long.class, quarter.finYear(),
				quarter.quarter());
		return state == null ? 0 : state;
	}
}
