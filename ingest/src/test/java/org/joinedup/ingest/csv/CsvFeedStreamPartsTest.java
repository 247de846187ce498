package org.joinedup.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.joinedup.ingest.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file read in line ranges at once gives, part after part, the rows and findings of one
 * reading from start to end, whatever the number of parts and wherever the ranges end.
 */
class CsvFeedStreamPartsTest {

	private enum Column implements CsvColumn {

		CODE("Code"), NAME("Name");

		private final ColumnSpec spec;

		Column(String header) {
			this.spec = new ColumnSpec(header, true, List.of());
		}

		@Override
		public ColumnSpec spec() {
			return spec;
		}

	}

	/** What a part was handed, rows as line and fields. */
	private static final class Seen implements CsvPart<String> {

		final List<Object> all = new ArrayList<>();

		@Override
		public void row(String row) {
			all.add(row);
		}

		@Override
		public void finding(Finding finding) {
			all.add(finding);
		}

	}

	private static final CsvFeedStream<String> STREAM = CsvFeedStream.withHeader(List.of(Column.values()),
			row -> row.line() + ":" + row.text(Column.CODE) + "|" + row.text(Column.NAME));

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "plain", "quoted newlines", "text after a quote", "unclosed quote", "windows-1252",
			"no header" })
	void givesTheRowsAndFindingsOfOneWholeReading(String kind) throws IOException {
		Path file = dir.resolve("feed.csv");
		Files.write(file, feed(kind));

		List<Object> whole = new ArrayList<>();
		STREAM.read(file, whole::add, whole::add);

		assertThat(whole).isNotEmpty();
		for (int parts = 1; parts <= 9; parts++) {
			assertThat(inParts(file, parts)).as("%d parts", parts).isEqualTo(whole);
		}
	}

	@Test
	void splitsAFileOfPlainLinesIntoAsManyParts() throws IOException {
		Path file = dir.resolve("feed.csv");
		Files.write(file, feed("plain"));

		assertThat(STREAM.readInParts(file, 4, Seen::new)).hasSize(4);
	}

	private static List<Object> inParts(Path file, int parts) throws IOException {
		List<Object> all = new ArrayList<>();
		STREAM.readInParts(file, parts, Seen::new).forEach(part -> all.addAll(part.all));
		return all;
	}

	/**
	 * A BOM (but in Windows-1252), blank lines, CR LF, LF and lone CR line ends, rows too
	 * wide, and what the kind adds; blank lines keep their numbers, so every line of a
	 * part must be counted.
	 */
	private static byte[] feed(String kind) {
		StringBuilder text = new StringBuilder(switch (kind) {
			case "no header" -> "Code,Title\r\n";
			case "windows-1252" -> "Code,Name\r\n";
			default -> "\uFEFFCode,Name\r\n";
		});
		for (int i = 1; i <= 300; i++) {
			text.append(i % 17 == 0 ? "\n" : "").append("C").append(i).append(",name ").append(i);
			text.append(i % 23 == 0 ? ",too,wide" : "").append(i % 29 == 0 ? "\r" : i % 2 == 0 ? "\r\n" : "\n");
			if (kind.equals("quoted newlines") && i % 50 == 0) {
				text.append("Q").append(i).append(",\"two\nlines, \"\"quoted\"\"\"\n");
			}
		}
		switch (kind) {
			case "text after a quote" -> text.insert(text.length() / 2, "\n\"X\"Y,after\n");
			case "unclosed quote" -> text.insert(text.length() / 2, "\nU,\"open\n");
			default -> {
			}
		}
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		if (kind.equals("windows-1252")) {
			bytes[bytes.length - 3] = (byte) 0xA3;
		}
		return bytes;
	}

}
