package org.joinedup.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.joinedup.ingest.finding.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFeedStreamTest {

	private enum Column implements CsvColumn {

		CODE("Code"), NAME("Name"), REGION("Region");

		private final ColumnSpec spec;

		Column(String header) {
			this.spec = new ColumnSpec(header, true, List.of());
		}

		@Override
		public ColumnSpec spec() {
			return spec;
		}

	}

	@TempDir
	Path dir;

	@Test
	void handsEachRowOnAsItIsReadAndStopsWhenTheConsumerDoes() throws IOException {
		Path file = Files.writeString(dir.resolve("feed.csv"), "Name\nfirst\nsecond\nthird\n");
		List<String> seen = new ArrayList<>();
		CsvFeedStream<String> stream = CsvFeedStream.withHeader(List.of(Column.NAME),
				row -> row.get(Column.NAME).text());

		try {
			stream.read(file, name -> {
				seen.add(name);
				if (name.equals("second")) {
					throw new IllegalStateException("enough");
				}
			}, finding -> {
			});
		}
		catch (IllegalStateException stopped) {
			// the consumer saw rows before the file was read to its end
		}

		assertThat(seen).containsExactly("first", "second");
	}

	@Test
	void readsAHeaderlessFileByPositionAndRejectsRowsWiderThanItsWidth() throws IOException {
		Path file = Files.write(dir.resolve("etr.csv"),
				"RVW,Trust,Y63\n\nRW3,Other,Y62,,\nRX1,Third,Y60,extra\n".getBytes(StandardCharsets.UTF_8));
		List<String> rows = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();

		CsvFeedStream
			.headerless(Map.of(Column.CODE, 0, Column.REGION, 2), 3,
					row -> row.line() + ":" + row.get(Column.CODE).text() + "/" + row.get(Column.REGION).text())
			.read(file, rows::add, findings::add);

		assertThat(rows).containsExactly("1:RVW/Y63", "3:RW3/Y62");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(CsvFeedStream.TOO_MANY_FIELDS);
			assertThat(f.row()).isEqualTo(4);
			assertThat(f.value()).isEqualTo("extra");
		});
	}

	@Test
	void anUnclosedQuoteIsAFileFindingOnTheLineItOpensOn() throws IOException {
		Path file = Files.writeString(dir.resolve("unclosed.csv"),
				"Code,Name\r\nA1,\"Quoted, fine\"\r\n\r\nA2,\"Never closed\r\nA3,Lost\r\nA4,Lost too\r\n");
		List<String> rows = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();

		CsvFeedStream.withHeader(List.of(Column.CODE, Column.NAME), row -> row.get(Column.CODE).text())
			.read(file, rows::add, findings::add);

		assertThat(rows).containsExactly("A1");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(CsvFeedStream.UNCLOSED_QUOTE);
			assertThat(f.file()).isEqualTo("unclosed.csv");
			assertThat(f.row()).isEqualTo(4);
			assertThat(f.isError()).isTrue();
			assertThat(f.message()).startsWith("Line 4 opens a quoted value");
		});
	}

	@Test
	void textAfterAClosingQuoteIsAFileFindingOnItsLine() throws IOException {
		Path file = Files.writeString(dir.resolve("stray.csv"),
				"Code,Name\nA1,\"multi\nline\"\nA2,\"Smith\" and Co\nA3,Never read\n");
		List<String> rows = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();

		CsvFeedStream.withHeader(List.of(Column.CODE, Column.NAME), row -> row.get(Column.CODE).text())
			.read(file, rows::add, findings::add);

		assertThat(rows).containsExactly("A1");
		assertThat(findings).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo(CsvFeedStream.TEXT_AFTER_QUOTE);
			assertThat(f.row()).isEqualTo(4);
			assertThat(f.message()).startsWith("Line 4 has text after a quoted value's closing quote");
		});
	}

	@Test
	void readsExcelsUnicodeTextTabSeparatedInUtf16() throws IOException {
		Path file = Files.write(dir.resolve("unicode.txt"),
				"\uFEFFCode\tName\r\nA1\tCafé, Bar\r\nA2\t\"Quoted\"\r\n".getBytes(StandardCharsets.UTF_16LE));
		List<String> rows = new ArrayList<>();

		CsvFeedStream
			.withHeader(List.of(Column.CODE, Column.NAME),
					row -> row.get(Column.CODE).text() + "=" + row.get(Column.NAME).text())
			.read(file, rows::add, finding -> {
				throw new AssertionError(finding.describe());
			});

		assertThat(rows).containsExactly("A1=Café, Bar", "A2=Quoted");
	}

}
