package org.joinedup.app.ingest;

import java.nio.file.Path;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.batch.ProcessStampListener;
import org.joinedup.app.batch.StopAfterChunk;
import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.FactWriters;
import org.joinedup.transform.load.ReturnMappers;
import org.joinedup.transform.submission.SubmissionStore;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ClassifierCompositeItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One job instance per received file, identified by its sha256: check it, load its facts
 * in chunks, then publish it. A file whose facts fit one chunk is checked, loaded and
 * published by the check alone, in one transaction. A rejected file ends after the check
 * with its findings and no facts; a check that fails ends the job FAILED (restartable),
 * never loading facts it has no submission for.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

	@Bean
	Job ingestFileJob(JobRepository jobRepository, Step checkFile, Step loadFacts, Step publishReturn,
			ProcessStampListener processStamp) {
		return new JobBuilder(IngestKeys.JOB, jobRepository).listener(processStamp)
			.start(checkFile)
			.on(CheckFileTasklet.REJECTED.getExitCode())
			.end()
			.from(checkFile)
			.on(CheckFileTasklet.LOADED.getExitCode())
			.end()
			.from(checkFile)
			.on(ExitStatus.FAILED.getExitCode())
			.fail()
			.from(checkFile)
			.on("*")
			.to(loadFacts)
			.next(publishReturn)
			.end()
			.build();
	}

	@Bean
	ReadingAhead readingAhead(ReturnMappers mappers, JoinedupProperties properties) {
		return new ReadingAhead(mappers, properties.ingest().readAhead());
	}

	@Bean
	@JobScope
	MappedFile mappedFile() {
		return new MappedFile();
	}

	@Bean
	Step checkFile(JobRepository jobRepository, PlatformTransactionManager tx, SubmissionStore store,
			ReturnMappers mappers, MappedFile mappedFile, ReadingAhead ahead, NamedParameterJdbcTemplate jdbc,
			JoinedupProperties properties) {
		return new StepBuilder("checkFile", jobRepository)
			.tasklet(new CheckFileTasklet(store, mappers, mappedFile, ahead, jdbc, new PublishTasklet(store),
					properties.ingest().chunkSize()), tx)
			.build();
	}

	@Bean
	Step loadFacts(JobRepository jobRepository, PlatformTransactionManager tx, FactsReader factsReader,
			ItemWriter<Fact> factWriter, JoinedupProperties properties, StopAfterChunk stopAfterChunk) {
		return new StepBuilder("loadFacts", jobRepository).<Fact, Fact>chunk(properties.ingest().chunkSize())
			.transactionManager(tx)
			.reader(factsReader)
			.writer(factWriter)
			.listener(stopAfterChunk)
			.build();
	}

	@Bean
	Step publishReturn(JobRepository jobRepository, PlatformTransactionManager tx, SubmissionStore store) {
		return new StepBuilder("publishReturn", jobRepository).tasklet(new PublishTasklet(store), tx).build();
	}

	@Bean
	@StepScope
	FactsReader factsReader(MappedFile mappedFile, ReturnMappers mappers,
			@Value("#{jobParameters['" + IngestKeys.PATH + "']}") String path,
			@Value("#{jobParameters['" + IngestKeys.NAME + "']}") String name) {
		return new FactsReader(mappedFile, mappers, Path.of(path), name);
	}

	@Bean
	@StepScope
	ClassifierCompositeItemWriter<Fact> factWriter(NamedParameterJdbcTemplate jdbc,
			@Value("#{jobExecutionContext['" + IngestKeys.SUBMISSION_ID + "']}") Long submissionId) {
		return FactWriters.forSubmission(jdbc, submissionId);
	}

}
