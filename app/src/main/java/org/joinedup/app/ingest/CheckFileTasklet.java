package org.joinedup.app.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.FactWriters;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.ReturnMappers;
import org.joinedup.transform.submission.SubmissionStore;
import org.joinedup.warehouse.SubmissionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/**
 * Finds the file's type from its content, reads and checks it, then registers the file
 * and records the submission: LOADING when its facts are to follow, REJECTED (exit status
 * {@code REJECTED}) with its findings when not. When its facts fit one chunk they are
 * written and the return published in the same transaction (exit status {@code LOADED}):
 * a file of a few facts costs one step's bookkeeping, not three. A file whose size or
 * modification time changed since its sha256 was taken is still being written: nothing is
 * recorded and the job stops, restartable, so its next ingest reads it again. A stop
 * asked for while the file is read ends the step STOPPED with nothing recorded, so the
 * next run reads the file again.
 */
class CheckFileTasklet implements Tasklet {

	static final ExitStatus REJECTED = new ExitStatus(SubmissionStatus.REJECTED.name());

	static final ExitStatus LOADED = new ExitStatus("LOADED");

	private static final Logger log = LoggerFactory.getLogger(CheckFileTasklet.class);

	private final SubmissionStore store;

	private final ReturnMappers mappers;

	private final MappedFile mappedFile;

	private final ReadingAhead ahead;

	private final NamedParameterJdbcOperations jdbc;

	private final PublishTasklet publish;

	private final int chunkSize;

	CheckFileTasklet(SubmissionStore store, ReturnMappers mappers, MappedFile mappedFile, ReadingAhead ahead,
			NamedParameterJdbcOperations jdbc, PublishTasklet publish, int chunkSize) {
		this.store = store;
		this.mappers = mappers;
		this.mappedFile = mappedFile;
		this.ahead = ahead;
		this.jdbc = jdbc;
		this.publish = publish;
		this.chunkSize = chunkSize;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		StepExecution step = contribution.getStepExecution();
		JobParameters parameters = step.getJobParameters();
		Path file = Path.of(parameters.getString(IngestKeys.PATH));
		String name = parameters.getString(IngestKeys.NAME);
		log.info("Reading {} ({} bytes)", name, Files.size(file));
		Optional<FileStamp> stamp = FileStamp.from(parameters);
		Optional<MappedReturn> readAhead = stamp.flatMap(bytes -> ahead.take(file, bytes));
		MappedReturn mapped = readAhead.isPresent() ? readAhead.get()
				: Stopping.whileReading(() -> mappers.map(file, name));
		if (!stamp.map(bytes -> bytes.stillMatches(file)).orElse(true)) {
			step.getJobExecution().getExecutionContext().putString(IngestKeys.CHANGED, "changed while it was read");
			step.setTerminateOnly();
			return RepeatStatus.FINISHED;
		}
		long fileId = store.registerFile(parameters.getString(IngestKeys.SHA256), name, file.toString(),
				Files.size(file));
		long submissionId = store.open(fileId, mapped, step.getJobExecutionId());
		step.getJobExecution().getExecutionContext().putLong(IngestKeys.SUBMISSION_ID, submissionId);
		if (mapped.rejected()) {
			contribution.setExitStatus(REJECTED);
		}
		else if (mapped.facts().size() <= chunkSize) {
			loadAndPublish(mapped.facts(), submissionId, contribution, chunkContext);
		}
		else {
			mappedFile.set(mapped);
		}
		return RepeatStatus.FINISHED;
	}

	private void loadAndPublish(List<Fact> facts, long submissionId, StepContribution contribution,
			ChunkContext chunkContext) throws Exception {
		FactWriters.forSubmission(jdbc, submissionId).write(new Chunk<>(facts));
		facts.forEach(fact -> contribution.incrementReadCount());
		contribution.incrementWriteCount(facts.size());
		publish.execute(contribution, chunkContext);
		contribution.setExitStatus(LOADED);
	}

}
