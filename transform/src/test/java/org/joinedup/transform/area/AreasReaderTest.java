package org.joinedup.transform.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.joinedup.ingest.csv.CsvContent;
import org.joinedup.ingest.csv.CsvFeedReader;
import org.joinedup.ingest.finding.Finding;
import org.joinedup.ingest.finding.Level;
import org.joinedup.ingest.provenance.Provenance;
import org.joinedup.ingest.provenance.SourceValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreasReaderTest {

	private static final String HEADER = "ONS code,Name,Type,Region,Legacy code,Population,Population 65+,Valid from,Valid to";

	@TempDir
	Path dir;

	private final AreasReader reader = new AreasReader();

	@Test
	void readsRowsWithTheirLineAndColumn() throws IOException {
		CsvContent<AreaRow> content = read("areas.csv", StandardCharsets.UTF_8, HEADER + "\n"
				+ "E08000008,Tameside,Metropolitan district,North West,357,\"225,197\",38000,2014-04-01,\n");

		assertThat(content.findings()).isEmpty();
		AreaRow tameside = content.rows().get(0);
		assertThat(tameside.onsCode())
			.isEqualTo(new SourceValue("E08000008", new Provenance("areas.csv", null, 2, "ONS code")));
		assertThat(tameside.population().value()).isEqualTo("225,197");
		assertThat(tameside.legacyCode().value()).isEqualTo("357");
		assertThat(tameside.validTo().value()).isNull();
		assertThat(tameside.validTo().at().column()).isEqualTo("Valid to");
	}

	@Test
	void skipsAUtf8ByteOrderMark() throws IOException {
		CsvContent<AreaRow> content = read("areas.csv", StandardCharsets.UTF_8,
				"\uFEFF" + HEADER + "\r\nE09000001,City of London,London borough,London,714,9000,1500,2014-04-01,\r\n");

		assertThat(content.findings()).isEmpty();
		assertThat(content.rows()).extracting(row -> row.onsCode().value()).containsExactly("E09000001");
	}

	@Test
	void readsWindows1252WhenTheBytesAreNotUtf8() throws IOException {
		CsvContent<AreaRow> content = read("areas.txt", Charset.forName("windows-1252"), HEADER
				+ "\r\nE06000001,Hartlepool – £ area,Unitary authority,North East,724,92000,17000,2014-04-01,\r\n");

		assertThat(content.rows().get(0).name().value()).isEqualTo("Hartlepool – £ area");
	}

	@Test
	void readsUtf8PoundSigns() throws IOException {
		CsvContent<AreaRow> content = read("areas.csv", StandardCharsets.UTF_8,
				HEADER + "\nE06000001,£ Hartlepool,Unitary authority,North East,724,92000,17000,2014-04-01,\n");

		assertThat(content.rows().get(0).name().value()).isEqualTo("£ Hartlepool");
	}

	@Test
	void readsQuotedFieldsAcrossLinesAndKeepsTrueLineNumbers() throws IOException {
		CsvContent<AreaRow> content = read("areas.csv", StandardCharsets.UTF_8, HEADER + "\n"
				+ "E08000008,\"Tameside, \"\"the\"\"\nborough\",Metropolitan district,North West,357,225197,38000,2014-04-01,\n"
				+ "\n\n"
				+ "E08000009,Trafford,Metropolitan district,North West,358,233000,41000,2014-04-01,2020-03-31\n");

		assertThat(content.findings()).isEmpty();
		assertThat(content.rows()).extracting(row -> row.name().value())
			.containsExactly("Tameside, \"the\"\nborough", "Trafford");
		assertThat(content.rows()).extracting(row -> row.onsCode().at().row()).containsExactly(2, 6);
	}

	@Test
	void toleratesTrailingEmptyColumnsExtraColumnsAndAnyOrder() throws IOException {
		CsvContent<AreaRow> content = read("areas.csv", StandardCharsets.UTF_8,
				"Notes,Valid to,Valid from,Population 65+,Population,Legacy code,Region,Type,Name,GSS code:,,\n"
						+ "new,,2014-04-01,38000,225197,357,North West,Metropolitan district,Tameside,E08000008,,,,\n"
						+ "short,,2014-04-01\n");

		assertThat(content.findings()).isEmpty();
		assertThat(content.rows()).hasSize(2);
		assertThat(content.rows().get(0).onsCode().value()).isEqualTo("E08000008");
		assertThat(content.rows().get(0).region().value()).isEqualTo("North West");
		assertThat(content.rows().get(1).onsCode().value()).isNull();
	}

	@Test
	void reportsAMissingColumn() throws IOException {
		CsvContent<AreaRow> content = read("areas.csv", StandardCharsets.UTF_8,
				"ONS code,Name,Type,Region,Legacy code,Population,Valid from,Valid to\nE08000008,Tameside,x,y,357,1,2014-04-01,\n");

		assertThat(content.rows()).isEmpty();
		assertThat(content.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.level()).isEqualTo(Level.FILE);
			assertThat(finding.isError()).isTrue();
			assertThat(finding.rule()).isEqualTo(CsvFeedReader.MISSING_COLUMN);
			assertThat(finding.column()).isEqualTo("Population 65+");
			assertThat(finding.message()).contains("'Population 65+'");
		});
	}

	@Test
	void reportsEveryColumnMissingFromAnEmptyFile() throws IOException {
		CsvContent<AreaRow> content = read("areas.csv", StandardCharsets.UTF_8, "\n\n");

		assertThat(content.findings()).hasSize(AreaColumn.values().length)
			.allMatch(finding -> finding.rule().equals(CsvFeedReader.MISSING_COLUMN));
	}

	@Test
	void reportsARowWithMoreFieldsThanTheHeader() throws IOException {
		CsvContent<AreaRow> content = read("areas.csv", StandardCharsets.UTF_8, HEADER + "\n"
				+ "E08000008,Tameside,Metropolitan district,North West,357,225,197,38000,2014-04-01,2020-03-31\n"
				+ "E08000009,Trafford,Metropolitan district,North West,358,233000,41000,2014-04-01,,,\n");

		assertThat(content.rows()).extracting(row -> row.onsCode().value()).containsExactly("E08000009");
		Finding finding = content.findings().get(0);
		assertThat(content.findings()).hasSize(1);
		assertThat(finding.level()).isEqualTo(Level.RECORD);
		assertThat(finding.rule()).isEqualTo(CsvFeedReader.TOO_MANY_FIELDS);
		assertThat(finding.row()).isEqualTo(2);
		assertThat(finding.message()).contains("10 fields", "header has 9");
	}

	private CsvContent<AreaRow> read(String name, Charset charset, String text) throws IOException {
		return reader.read(Files.write(dir.resolve(name), text.getBytes(charset)));
	}

}
