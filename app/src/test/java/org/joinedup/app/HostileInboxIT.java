package org.joinedup.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.joinedup.app.testing.JoinedupProcess;
import org.joinedup.app.testing.Samples;
import org.joinedup.ingest.testing.HostileFiles;
import org.joinedup.ingest.testing.RawXlsx;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inbox of hostile workbooks, made here (nothing this big is committed), beside good
 * returns, ingested by the real jar in a small heap: every hostile file gets its finding
 * (rejected, or loaded with a warning), the good ones load, and the run ends as
 * documented, with no OutOfMemoryError and no stack trace.
 */
class HostileInboxIT {

	private static final Path Q4 = Samples.INBOX.resolve("bcf/2016-17/Q4");

	/**
	 * The generator writes each return's sheets in one order: Metrics third, Savings
	 * fifth.
	 */
	private static final String METRICS = "xl/worksheets/sheet3.xml";

	private static final String SAVINGS = "xl/worksheets/sheet5.xml";

	private static final int MB = 1 << 20;

	/**
	 * Random figures, written over and over: they compress as real data does (about 2:1).
	 */
	private final String figures = RawXlsx.digits(new Random(7), MB);

	@TempDir
	Path home;

	private Path inbox;

	@BeforeEach
	void makeTheInbox() throws IOException {
		inbox = Files.createDirectories(home.resolve("inbox"));
		Files.createDirectories(inbox.resolve("reference"));
		Files.copy(Samples.AREAS, inbox.resolve("reference/areas.csv"));
		Files.copy(Q4.resolve("E08000008-tameside.xlsx"), inbox.resolve("good.xlsx"));
		manySheets(inbox.resolve("many-sheets.xlsx"));
		millionRows(inbox.resolve("million-rows.xlsx"));
		sharedString(inbox.resolve("shared-string.xlsx"));
		wide(inbox.resolve("wide.xlsx"));
		HostileFiles.openDocumentSpreadsheet(inbox.resolve("return.ods"));
		HostileFiles.zipHolding(inbox.resolve("returns.zip"), Q4.resolve("E09000007-camden.xlsx"),
				"E09000007-camden.xlsx");
		HostileFiles.manyEntries(inbox.resolve("parts.xlsx"), 10_000);
		HostileFiles.rewrite(Q4.resolve("E08000003-manchester.xlsx"), inbox.resolve("formula.xlsx"), SAVINGS,
				xml -> xml.replaceFirst("<c r=\"B5\"[^>]*>.*?</c>",
						"<c r=\"B5\" t=\"str\"><f>HYPERLINK(\"http://x\",\"Scheme A\")</f></c>"));
		HostileFiles.rewrite(Q4.resolve("E10000016-kent.xlsx"), inbox.resolve("doctype.xlsx"), "[Content_Types].xml",
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"));
	}

	@Test
	void everyHostileWorkbookGetsItsFindingAndTheGoodReturnsLoadInASmallHeap() throws Exception {
		try (JoinedupProcess ingest = JoinedupProcess.start(home, inbox, List.of("-Xmx256m"), "ingest")) {
			int exit = ingest.awaitExit();
			String output = ingest.output();

			assertThat(exit).as(output).isEqualTo(3);
			assertThat(output).doesNotContain("OutOfMemoryError", "Exception", "\tat ");
			assertThat(line(output, "reference/areas.csv")).startsWith("LOADED");
			assertThat(line(output, "good.xlsx")).startsWith("LOADED");
			assertThat(line(output, "many-sheets.xlsx")).startsWith("REJECTED")
				.contains("[workbook-too-large]", "in all, more than the 100 MB a workbook may hold");
			assertThat(line(output, "million-rows.xlsx")).startsWith("REJECTED")
				.contains("[workbook-too-large]", "its sheet 'Metrics' unzips to", "more than the 20 MB allowed");
			assertThat(line(output, "shared-string.xlsx")).startsWith("REJECTED")
				.contains("[workbook-too-large]", "the table of texts its cells share", "more than the 10 MB allowed");
			assertThat(line(output, "return.ods")).startsWith("REJECTED")
				.contains("[workbook-opendocument]", "is an OpenDocument spreadsheet");
			assertThat(line(output, "returns.zip")).startsWith("REJECTED")
				.contains("[workbook-in-zip]", "holding the workbook 'E09000007-camden.xlsx'");
			assertThat(line(output, "parts.xlsx")).startsWith("REJECTED")
				.contains("[workbook-too-many-parts]", "holds 10,000 parts", "more than the 1,000");
			assertThat(line(output, "doctype.xlsx")).startsWith("REJECTED").contains("[workbook-corrupt]");
			assertThat(line(output, "wide.xlsx")).startsWith("LOADED")
				.contains("E08000025 Birmingham 2016-17 Q4", "1 warning(s)");
			assertThat(line(output, "formula.xlsx")).startsWith("LOADED")
				.contains("E08000003 Manchester 2016-17 Q4", "1 warning(s)");
			assertThat(output)
				.contains("Ingested 11 file(s): 4 loaded, 0 supersedes, 0 duplicate, 0 waiting, 7 rejected");
		}
	}

	/** The line of a file, with the findings printed under it. */
	private static String line(String output, String file) {
		int start = output.indexOf(file + "  ");
		assertThat(start).as(file + " in:\n" + output).isNotNegative();
		int lineStart = output.lastIndexOf('\n', start) + 1;
		int next = output.indexOf("\n", start);
		while (next >= 0 && output.startsWith("            ", next + 1)) {
			next = output.indexOf("\n", next + 1);
		}
		return output.substring(lineStart, next < 0 ? output.length() : next);
	}

	/**
	 * A workbook of eleven 10 MB sheets: each within the sheet limit, and far from a zip
	 * bomb's ratio, but 110 MB in all.
	 */
	private void manySheets(Path file) throws IOException {
		try (RawXlsx xlsx = new RawXlsx(file)) {
			for (int sheet = 1; sheet <= 11; sheet++) {
				xlsx.sheet("Extra " + sheet, xml -> {
					for (int row = 1; row <= 10; row++) {
						xml.write("<row r=\"" + row + "\"><c r=\"A" + row + "\" t=\"inlineStr\"><is><t>" + figures
								+ "</t></is></c></row>");
					}
				});
			}
		}
	}

	/** A Metrics sheet of a million rows of figures. */
	private void millionRows(Path file) throws IOException {
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Cover", xml -> xml.write("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"))
				.sheet("Metrics", xml -> {
					for (int row = 1; row <= 1_000_000; row++) {
						int at = row % (MB - 12);
						xml.write("<row r=\"" + row + "\"><c r=\"A" + row + "\"><v>" + figures.substring(at, at + 12)
								+ "</v></c></row>");
					}
				});
		}
	}

	/** One cell whose shared string is 50 MB long. */
	private void sharedString(Path file) throws IOException {
		try (RawXlsx xlsx = new RawXlsx(file)) {
			xlsx.sheet("Cover", xml -> xml.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"))
				.sharedStrings(xml -> {
					xml.write("<si><t>");
					for (int written = 0; written < 50; written++) {
						xml.write(figures);
					}
					xml.write("</t></si>");
				});
		}
	}

	/**
	 * A good return whose Metrics sheet runs to the last column, XFD, in a hundred
	 * thousand rows below its table, and whose commentary is longer than the warehouse
	 * keeps: it loads, with a warning for the commentary.
	 */
	private void wide(Path file) throws IOException {
		StringBuilder rows = new StringBuilder();
		for (int row = 1000; row < 101_000; row++) {
			rows.append("<row r=\"").append(row).append("\"><c r=\"XFD").append(row).append("\"><v>1</v></c></row>");
		}
		HostileFiles.rewrite(Q4.resolve("E08000025-birmingham.xlsx"), file, METRICS,
				xml -> xml
					.replaceFirst("<c r=\"G8\"[^>]*>.*?</c>",
							"<c r=\"G8\" t=\"inlineStr\"><is><t>" + "c".repeat(5000) + "</t></is></c>")
					.replace("</sheetData>", rows + "</sheetData>"));
	}

}
