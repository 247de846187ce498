package org.joinedup.app.report;

import javax.sql.DataSource;

import org.joinedup.app.batch.ProcessStampListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One job instance per quarter and warehouse state: the same quarter over the same data
 * is not written again by the nightly run.
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	@Bean
	Job quarterlyReportJob(JobRepository jobRepository, Step writeWorkbook, ProcessStampListener processStamp) {
		return new JobBuilder(ReportKeys.JOB, jobRepository).listener(processStamp).start(writeWorkbook).build();
	}

	/**
	 * A bean of its own, so that Spring Batch's observations (the step metrics) cover it.
	 */
	@Bean
	Step writeWorkbook(JobRepository jobRepository, PlatformTransactionManager tx, DataSource dataSource) {
		return new StepBuilder("writeWorkbook", jobRepository).tasklet(new WriteReportTasklet(dataSource), tx).build();
	}

}
