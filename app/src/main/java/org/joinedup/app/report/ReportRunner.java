package org.joinedup.app.report;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.warehouse.DurableCommits;
import org.joinedup.report.ReportableQuarters;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/**
 * Runs the quarterly report job: on demand, or for every quarter whose data changed since
 * its last report.
 */
@Component
public class ReportRunner {

	private final JobOperator jobOperator;

	private final Job quarterlyReportJob;

	private final ReportableQuarters reportable;

	private final JoinedupProperties properties;

	private final DurableCommits durable;

	ReportRunner(JobOperator jobOperator, Job quarterlyReportJob, DataSource dataSource, JoinedupProperties properties,
			DurableCommits durable) {
		this.jobOperator = jobOperator;
		this.quarterlyReportJob = quarterlyReportJob;
		this.reportable = new ReportableQuarters(dataSource);
		this.properties = properties;
		this.durable = durable;
	}

	/** The quarters any dated return the workbook uses was received for, oldest first. */
	public List<FinancialQuarter> quarters() {
		return reportable.withReturns();
	}

	public Optional<FinancialQuarter> latestQuarter() {
		List<FinancialQuarter> all = quarters();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** Writes the quarter's workbook whatever was written before. */
	public Path report(FinancialQuarter quarter, Path outDir) throws Exception {
		return run(quarter, outDir, true).orElseThrow();
	}

	/**
	 * Writes the workbook unless one was already written for the same data and settings.
	 */
	public Optional<Path> reportIfChanged(FinancialQuarter quarter, Path outDir) throws Exception {
		return run(quarter, outDir, false);
	}

	/**
	 * Writes the quarter's workbook again as a new job instance, returning the execution
	 * whatever its end.
	 */
	public JobExecution rerun(FinancialQuarter quarter, Path outDir) throws Exception {
		return jobOperator.start(quarterlyReportJob, parameters(quarter, outDir, true));
	}

	/**
	 * Whether a report job with these parameters was made from the warehouse as it is
	 * now, at today's unit costs.
	 */
	public boolean isCurrent(JobParameters report, FinancialQuarter quarter) {
		JobParameters now = parameters(quarter, Path.of(""), false);
		return List.of(ReportKeys.QUARTER, ReportKeys.WAREHOUSE_STATE, ReportKeys.COST_NEA, ReportKeys.COST_DTOC)
			.stream()
			.allMatch(key -> Objects.equals(report.getString(key), now.getString(key)));
	}

	private Optional<Path> run(FinancialQuarter quarter, Path outDir, boolean always) throws Exception {
		JobExecution execution;
		try {
			execution = jobOperator.start(quarterlyReportJob, parameters(quarter, outDir, always));
			durable.forceToDisk();
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

	private JobParameters parameters(FinancialQuarter quarter, Path outDir, boolean always) {
		JobParametersBuilder parameters = new JobParametersBuilder().addString(ReportKeys.QUARTER, quarter.label())
			.addString(ReportKeys.WAREHOUSE_STATE, reportable.stateOf(quarter))
			.addString(ReportKeys.COST_NEA, properties.unitCost().nonElectiveAdmission().toPlainString())
			.addString(ReportKeys.COST_DTOC, properties.unitCost().delayedDay().toPlainString())
			.addString(ReportKeys.OUT_DIR, outDir.toAbsolutePath().toString(), false)
			.addString(ReportKeys.CONTACT, Objects.requireNonNullElse(properties.contact(), ""), false);
		if (always) {
			parameters.addString(ReportKeys.REQUESTED_AT, Instant.now().toString());
		}
		return parameters.toJobParameters();
	}

}
