package org.joinedup.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.archivers.zip.ZipMethod;

/**
 * Judges a zip from its directory alone, before POI parses any part of it: how many parts
 * it holds (read from the directory's end record, so a zip of a million entries costs
 * nothing to refuse), whether it is a workbook at all rather than an OpenDocument
 * spreadsheet or a zip holding a workbook, and whether its parts are compressed as Excel
 * compresses them (zip's other methods need decoders joinedup does not carry). (What its
 * parts unzip to is judged once POI has opened it, so that the finding can name the
 * sheet.) A zip too damaged to list is left to POI, whose failure says it is damaged.
 */
final class ZipDirectory {

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

	private static final int ZIP64_END_SIGNATURE = 0x06064b50;

	/** The end record and the longest comment the zip format allows after it. */
	private static final int TAIL = 22 + 0xFFFF;

	/** Far more than a part's directory entry needs (name, extra fields, comment). */
	private static final long DIRECTORY_BYTES_PER_PART = 1024;

	private static final String OPENDOCUMENT = "application/vnd.oasis.opendocument.";

	private static final Pattern WORKBOOK_NAME = Pattern.compile("(?i).*\\.(xlsx|xlsm|xls)");

	private ZipDirectory() {
	}

	static void check(Path path, String file, WorkbookLimits limits) throws IOException {
		Optional<End> end = end(path);
		if (end.isEmpty()) {
			return;
		}
		if (Long.compareUnsigned(end.get().parts(), limits.parts()) > 0
				|| Long.compareUnsigned(end.get().directorySize(), limits.parts() * DIRECTORY_BYTES_PER_PART) > 0) {
			throw WorkbookFailures.tooManyParts(file, end.get().parts(), limits);
		}
		ZipFile zip;
		try {
			zip = ZipFile.builder().setPath(path).get();
		}
		catch (IOException damaged) {
			return; // POI, reading it the same way, says why it cannot
		}
		try (zip) {
			checkContent(zip, file);
		}
	}

	private static void checkContent(ZipFile zip, String file) throws IOException {
		for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
			if (entry.getMethod() != ZipArchiveEntry.STORED && entry.getMethod() != ZipArchiveEntry.DEFLATED) {
				throw WorkbookFailures.unusualCompression(file, entry.getName(), methodName(entry.getMethod()));
			}
		}
		ZipArchiveEntry mimetype = zip.getEntry("mimetype");
		if (mimetype != null) {
			String type;
			try (InputStream in = zip.getInputStream(mimetype)) {
				type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
			}
			if (type.startsWith(OPENDOCUMENT + "spreadsheet")) {
				throw WorkbookFailures.openDocument(file);
			}
			if (type.startsWith(OPENDOCUMENT)) {
				throw WorkbookFailures.notAWorkbook(file);
			}
		}
		if (zip.getEntry("[Content_Types].xml") == null) {
			Optional<String> workbook = Collections.list(zip.getEntries())
				.stream()
				.map(ZipArchiveEntry::getName)
				.filter(name -> WORKBOOK_NAME.matcher(name).matches())
				.findFirst();
			if (workbook.isPresent()) {
				throw WorkbookFailures.zipHoldingWorkbook(file, workbook.get());
			}
		}
	}

	private static String methodName(int code) {
		ZipMethod method = ZipMethod.getMethodByCode(code);
		return method == null ? "method " + code : method.name().replace('_', ' ');
	}

	/**
	 * The counts in the directory's end record (zip64's where the classic one overflows).
	 */
	private record End(long parts, long directorySize) {
	}

	private static Optional<End> end(Path path) throws IOException {
		try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
			long size = channel.size();
			int tailLength = (int) Math.min(size, TAIL);
			ByteBuffer tail = read(channel, size - tailLength, tailLength);
			for (int at = tailLength - 22; at >= 0; at--) {
				if (tail.getInt(at) == END_SIGNATURE) {
					long parts = Short.toUnsignedLong(tail.getShort(at + 10));
					long directorySize = Integer.toUnsignedLong(tail.getInt(at + 12));
					if (parts == 0xFFFF || directorySize == 0xFFFFFFFFL) {
						return zip64End(channel, tail, at, size - tailLength);
					}
					return Optional.of(new End(parts, directorySize));
				}
			}
			return Optional.empty();
		}
	}

	private static Optional<End> zip64End(FileChannel channel, ByteBuffer tail, int endAt, long tailStart)
			throws IOException {
		int locatorAt = endAt - 20;
		if (locatorAt < 0 || tail.getInt(locatorAt) != ZIP64_LOCATOR_SIGNATURE) {
			return Optional.empty();
		}
		long recordAt = tail.getLong(locatorAt + 8);
		if (recordAt < 0 || recordAt + 56 > tailStart + endAt) {
			return Optional.empty();
		}
		ByteBuffer record = read(channel, recordAt, 56);
		if (record.getInt(0) != ZIP64_END_SIGNATURE) {
			return Optional.empty();
		}
		return Optional.of(new End(record.getLong(32), record.getLong(40)));
	}

	private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) >= 0) {
			// read until full or the end of the file
		}
		return buffer.flip();
	}

}
