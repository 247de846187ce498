package org.joinedup.ingest.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.joinedup.ingest.csv.CsvText;
import org.joinedup.ingest.workbook.SheetNames;
import org.joinedup.ingest.workbook.UnreadableFileException;
import org.joinedup.ingest.workbook.Workbook;
import org.joinedup.ingest.workbook.Workbooks;

/**
 * The start of a file, which is all detection looks at: its magic bytes and, read as CSV
 * text, its first non-blank records; for a workbook, its sheet names. Reading stops after
 * the first 64 kB, so detecting a large extract is cheap.
 */
public final class FileSample implements AutoCloseable {

	private static final int SAMPLE_BYTES = 64 * 1024;

	/** Enough for a header below a few title lines. */
	private static final int MAX_RECORDS = 10;

	private final Path file;

	private final FileMagic magic;

	private final List<List<String>> records;

	private final Workbooks workbooks;

	private List<String> sheetNames;

	private Workbook workbook;

	private UnreadableFileException unreadable;

	private FileSample(Path file, FileMagic magic, List<List<String>> records, Workbooks workbooks) {
		this.file = file;
		this.magic = magic;
		this.records = records;
		this.workbooks = workbooks;
	}

	/** A sample whose workbook, if it is one, opens by file within the default limits. */
	public static FileSample of(Path file) throws IOException {
		return of(file, Workbooks.byFile());
	}

	/**
	 * A sample whose workbook, if it is one, opens as {@code workbooks} open it, once for
	 * the detectors and the reader alike.
	 */
	public static FileSample of(Path file, Workbooks workbooks) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SAMPLE_BYTES);
		}
		return new FileSample(file, FileMagic.valueOf(head), records(head), workbooks);
	}

	/**
	 * The file itself, for a detector that must look inside a container (a workbook's
	 * sheets).
	 */
	public Path file() {
		return file;
	}

	public FileMagic magic() {
		return magic;
	}

	/**
	 * The names of a workbook's sheets, read on first asking; none for a file that is not
	 * a readable workbook.
	 */
	public List<String> sheetNames() {
		if (sheetNames == null) {
			sheetNames = SheetNames.of(file, magic, workbooks.limits());
		}
		return sheetNames;
	}

	/**
	 * The workbook, opened on first asking and shared by every detector that looks inside
	 * it, so a file is opened once however many types ask; none for a file that is not a
	 * workbook or cannot be opened as one (its reader then tells the submitter why).
	 */
	public Optional<Workbook> workbook() {
		if (!WorkbookDetector.MAGIC.contains(magic)) {
			return Optional.empty();
		}
		try {
			return Optional.of(readableWorkbook());
		}
		catch (UnreadableFileException leftToItsReader) {
			return Optional.empty();
		}
	}

	/**
	 * The workbook the detectors looked into, for its reader: the same one, not opened
	 * again; the sample closes it.
	 * @throws UnreadableFileException why the file cannot be read as a workbook, the
	 * finding that rejects it
	 */
	public Workbook readableWorkbook() {
		if (workbook == null && unreadable == null) {
			try {
				workbook = workbooks.open(file);
			}
			catch (UnreadableFileException e) {
				unreadable = e;
			}
		}
		if (unreadable != null) {
			throw unreadable;
		}
		return workbook;
	}

	@Override
	public void close() {
		if (workbook != null) {
			workbook.close();
		}
	}

	/**
	 * Up to the first {@code count} (at most {@value #MAX_RECORDS}) non-blank records,
	 * read as comma- (or tab-) separated text, trailing empty fields dropped.
	 */
	public List<List<String>> leadingRecords(int count) {
		return records.subList(0, Math.min(count, records.size()));
	}

	/**
	 * Header text is plain ASCII in every feed, so decoding the sample as UTF-16 when it
	 * is, else leniently as UTF-8, is enough here whatever the file's real encoding; a
	 * sample cut mid-record just loses that record.
	 */
	private static List<List<String>> records(byte[] head) throws IOException {
		String text = CsvText.decodeStart(head);
		if (text.indexOf('\0') >= 0) {
			return List.of();
		}
		List<List<String>> records = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setIgnoreEmptyLines(true)
			.setDelimiter(CsvText.delimiterOf(text))
			.get();
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			for (CSVRecord record : parser) {
				List<String> fields = new ArrayList<>(Arrays.asList(record.values()));
				while (!fields.isEmpty() && fields.get(fields.size() - 1).isBlank()) {
					fields.remove(fields.size() - 1);
				}
				if (!fields.isEmpty()) {
					records.add(fields);
				}
				if (records.size() == MAX_RECORDS) {
					break;
				}
			}
		}
		catch (UncheckedIOException cutMidRecord) {
			// the records before the cut are still good for detection
		}
		return records;
	}

}
