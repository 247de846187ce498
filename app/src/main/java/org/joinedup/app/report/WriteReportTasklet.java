package org.joinedup.app.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

import javax.sql.DataSource;

import org.joinedup.report.QuarterlyReportWriter;
import org.joinedup.report.ReportRun;
import org.joinedup.report.ReportSettings;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the quarter's workbook; the writer moves it into place only once it is whole.
 */
class WriteReportTasklet implements Tasklet {

	private final DataSource dataSource;

	WriteReportTasklet(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = contribution.getStepExecution();
		JobParameters p = step.getJobParameters();
		FinancialQuarter quarter = FinancialQuarter.parse(p.getString(ReportKeys.QUARTER)).orElseThrow();
		ReportSettings settings = new ReportSettings(new BigDecimal(p.getString(ReportKeys.COST_NEA)),
				new BigDecimal(p.getString(ReportKeys.COST_DTOC)), p.getString(ReportKeys.CONTACT));
		ReportRun run = new ReportRun(ReportKeys.JOB + " execution " + step.getJobExecutionId(), Instant.now());
		Path written = new QuarterlyReportWriter(dataSource, settings).write(quarter,
				Path.of(p.getString(ReportKeys.OUT_DIR)), run);
		step.getJobExecution().getExecutionContext().putString(ReportKeys.REPORT_PATH, written.toString());
		return RepeatStatus.FINISHED;
	}

}
