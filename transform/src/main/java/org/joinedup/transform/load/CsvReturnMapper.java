package org.joinedup.transform.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.transform.check.Checks;

/**
 * A return read whole from a CSV file: a file that cannot be read, and what the reader
 * itself found (missing columns, rows with too many fields), become the return's
 * findings; the subclass checks and maps the rows.
 */
public abstract class CsvReturnMapper<R> implements ReturnMapper {

	@Override
	public final MappedReturn map(Path file, String fileName) {
		Checks checks = new Checks(fileName);
		CsvContent<R> content;
		try {
			content = read(file);
		}
		catch (IOException e) {
			checks.fileUnreadable(e);
			return new MappedReturn(SubmissionKey.unknown(type()), List.of(), checks.findings());
		}
		content.findings().forEach(checks::add);
		return map(content.rows(), checks);
	}

	protected abstract CsvContent<R> read(Path file) throws IOException;

	/** The return the rows make, with every finding added to {@code checks}. */
	protected abstract MappedReturn map(List<R> rows, Checks checks);

}
