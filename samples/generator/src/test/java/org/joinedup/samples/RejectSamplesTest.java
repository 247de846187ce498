package org.joinedup.samples;

import java.io.StringReader;
import java.io.UncheckedIOException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.joinedup.samples.Tolerant.norm;
import static org.joinedup.samples.Tolerant.text;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reject samples: one per rule, small, and each bad in the way the manifest says. */
class RejectSamplesTest {

	private static final Path DIR = Path.of("../rejects").toAbsolutePath().normalize();

	private static final List<String> RULES = List.of("workbook-encrypted", "workbook-corrupt", "not-a-workbook",
			"zip-bomb", "cover-missing", "metrics-missing", "cover-label-missing", "ons-code-malformed",
			"ons-code-unknown", "period-unparseable", "period-too-early", "period-in-future",
			"template-version-unsupported", "metric-missing", "metric-value-missing", "count-negative",
			"count-fractional", "count-too-large", "not-a-number", "proportion-out-of-range",
			"numerator-exceeds-denominator", "money-negative", "money-too-large", "scheme-id-duplicate",
			// the monthly CSV extracts (R2 dtoc-*, R3 ae-*)
			"csv-missing-column", "csv-too-many-fields", "period-unparseable", "period-mixed", "ods-code-malformed",
			"legacy-code-malformed", "legacy-code-unknown", "acute-unknown", "reason-unknown", "not-a-number",
			"count-negative", "count-fractional", "csv-missing-column", "extract-empty", "period-unparseable",
			"ods-code-malformed", "value-missing", "not-a-number",
			// providers reference, leadership surveys, episodes (providers-*, survey-*,
			// episodes-*)
			"ods-code-malformed", "ods-code-duplicate", "value-missing", "value-missing", "answer-off-scale",
			"wave-malformed", "answer-duplicate", "share-out-of-range", "too-many-bad-rows", "extract-empty");
	static List<CSVRecord> manifest;

	@BeforeAll
	static void readManifest() throws IOException {
		try (Reader r = Files.newBufferedReader(DIR.resolve("manifest.csv"))) {
			manifest = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
		}
	}

	@Test
	void oneSmallFilePerRule() throws IOException {
		assertThat(manifest.stream().map(r -> r.get("rule")).toList()).containsExactlyInAnyOrderElementsOf(RULES);
		for (CSVRecord r : manifest) {
			Path f = DIR.resolve(r.get("file"));
			assertThat(f).exists();
			assertThat(Files.size(f)).isLessThan(200_000);
			assertThat(r.get("level")).isIn("FILE", "RECORD");
		}
		try (var files = Files.list(DIR)) {
			assertThat(files.count()).isEqualTo(RULES.size() + 1);
		}
	}

	@Test
	void unreadableFilesFailAsTheirRuleSays() throws IOException {
		assertThatThrownBy(() -> open("workbook-encrypted.xlsx", null)).isInstanceOf(EncryptedDocumentException.class);
		try (Workbook wb = open("workbook-encrypted.xlsx", WorkbookContent.PASSWORD)) {
			assertThat(wb.getNumberOfSheets()).isGreaterThan(4);
		}
		assertThatThrownBy(() -> open("workbook-corrupt.xlsx", null)).isInstanceOf(Exception.class);
		try (InputStream in = FileMagic
			.prepareToCheckMagic(new FileInputStream(DIR.resolve("not-a-workbook.xlsx").toFile()))) {
			assertThat(FileMagic.valueOf(in)).isNotIn(FileMagic.OOXML, FileMagic.OLE2);
		}
		assertThat(largestEntry("zip-bomb.xlsx")).isGreaterThan(20L * 1024 * 1024);
		assertThatThrownBy(() -> open("zip-bomb.xlsx", null)).hasStackTraceContaining("Zip bomb");
	}

	@Test
	void cellFindingsPointAtTheOffendingValue() throws IOException {
		for (CSVRecord r : manifest) {
			if (r.get("row").isEmpty() || r.get("file").endsWith(".csv")) {
				continue;
			}
			try (Workbook wb = open(r.get("file"), null)) {
				Sheet s = wb.getSheet(r.get("sheet"));
				Row row = s.getRow(Integer.parseInt(r.get("row")) - 1);
				Cell c = row.getCell(CellReference.convertColStringToIndex(r.get("column")));
				assertThat(text(c)).as(r.get("file")).isEqualTo(r.get("value"));
			}
		}
	}

	/**
	 * The CSV rejects have no quoted line breaks, so line n is record n; the header is
	 * the line naming the column.
	 */
	@Test
	void csvFindingsPointAtTheOffendingField() throws IOException {
		for (CSVRecord r : manifest) {
			if (r.get("row").isEmpty() || !r.get("file").endsWith(".csv")) {
				continue;
			}
			List<String> lines = Files.readAllLines(DIR.resolve(r.get("file")));
			List<String> fields = fields(lines.get(Integer.parseInt(r.get("row")) - 1));
			String column = r.get("column");
			String field = column.isEmpty() ? fields.get(fields.size() - 1)
					: fields.get(lines.stream()
						.map(RejectSamplesTest::fields)
						.filter(f -> f.contains(column))
						.findFirst()
						.orElseThrow()
						.indexOf(column));
			assertThat(field).as(r.get("file")).isEqualTo(r.get("value"));
		}
	}

	@Test
	void missingColumnsAreReallyMissing() throws IOException {
		assertThat(Files.readString(DIR.resolve("dtoc-missing-column.csv"))).contains("NHS A SUM")
			.doesNotContain("NHS B SUM");
		assertThat(Files.readString(DIR.resolve("ae-missing-column.csv"))).contains("Number of A&E attendances")
			.doesNotContain("Other emergency admissions");
	}

	private static List<String> fields(String line) {
		try {
			return CSVFormat.DEFAULT.parse(new StringReader(line)).getRecords().get(0).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void missingPartsAreReallyMissing() throws IOException {
		try (Workbook wb = open("cover-missing.xlsx", null)) {
			assertThat(sheetNames(wb)).doesNotContain("cover").contains("metrics");
		}
		try (Workbook wb = open("metrics-missing.xlsx", null)) {
			assertThat(sheetNames(wb)).doesNotContain("metrics").contains("cover");
		}
		try (Workbook wb = open("cover-label-missing.xlsx", null)) {
			assertThat(texts(wb.getSheet("1) Cover"))).noneMatch(t -> t.equals("health and wellbeing board"))
				.contains("ons code", "reporting period", "template version");
		}
		try (Workbook wb = open("metric-missing.xlsx", null)) {
			assertThat(texts(wb.getSheet("2) Metrics"))).contains("nea", "dtoc", "rea").doesNotContain("res");
		}
	}

	private static List<String> sheetNames(Workbook wb) {
		List<String> names = new ArrayList<>();
		wb.forEach(s -> names.add(norm(s.getSheetName())));
		return names;
	}

	private static List<String> texts(Sheet s) {
		List<String> all = new ArrayList<>();
		s.forEach(row -> row.forEach(c -> all.add(norm(text(c)))));
		return all;
	}

	private static Workbook open(String file, String password) throws IOException {
		return WorkbookFactory.create(DIR.resolve(file).toFile(), password, true);
	}

	private static long largestEntry(String file) throws IOException {
		long max = 0;
		try (ZipInputStream z = new ZipInputStream(Files.newInputStream(DIR.resolve(file)))) {
			for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
				max = Math.max(max, z.transferTo(java.io.OutputStream.nullOutputStream()));
			}
		}
		return max;
	}

}
