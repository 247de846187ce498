package org.joinedup.app.ingest;

import java.nio.file.Path;
import java.util.List;

import org.joinedup.transform.load.Fact;
import org.joinedup.transform.load.ReturnMappers;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The facts of the checked return, in order. Its read count is saved with each chunk, so
 * a restart resumes after the last committed fact rather than writing any twice.
 */
class FactsReader extends AbstractItemCountingItemStreamItemReader<Fact> {

	private final MappedFile mappedFile;

	private final ReturnMappers mappers;

	private final Path file;

	private final String fileName;

	private List<Fact> facts;

	FactsReader(MappedFile mappedFile, ReturnMappers mappers, Path file, String fileName) {
		this.mappedFile = mappedFile;
		this.mappers = mappers;
		this.file = file;
		this.fileName = fileName;
		setName("facts");
	}

	@Override
	protected void doOpen() throws Exception {
		if (mappedFile.get() == null) {
			mappedFile.set(Stopping.whileReading(() -> mappers.map(file, fileName)));
		}
		facts = mappedFile.get().facts();
	}

	@Override
	protected Fact doRead() {
		int index = getCurrentItemCount() - 1;
		return index < facts.size() ? facts.get(index) : null;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// doRead indexes by the restored count: nothing to skip
	}

	@Override
	protected void doClose() {
		facts = null;
	}

}
