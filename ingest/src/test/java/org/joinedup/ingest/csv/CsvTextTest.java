package org.joinedup.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTextTest {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	@TempDir
	Path dir;

	@Test
	void keepsUtf8WhenMultiByteCharactersStraddleTheReadBuffer() throws IOException {
		Path file = Files.writeString(dir.resolve("pounds.csv"), "x" + "£".repeat(100_000), StandardCharsets.UTF_8);

		assertThat(CsvText.charsetOf(file)).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void fallsBackToWindows1252ForAPoundSignFarIntoTheFile() throws IOException {
		Path file = Files.write(dir.resolve("late.csv"), ("a".repeat(200_000) + "£5").getBytes(WINDOWS_1252));

		assertThat(CsvText.charsetOf(file)).isEqualTo(WINDOWS_1252);
	}

	@Test
	void readsTextWithoutTheByteOrderMark() throws IOException {
		Path file = Files.write(dir.resolve("bom.csv"), "\uFEFFONS code".getBytes(StandardCharsets.UTF_8));

		try (Reader reader = CsvText.open(file)) {
			char[] text = new char[20];
			assertThat(new String(text, 0, reader.read(text))).isEqualTo("ONS code");
		}
	}

	@Test
	void readsUtf16WithAByteOrderMarkAsExcelsUnicodeTextWritesIt() throws IOException {
		Path file = Files.write(dir.resolve("unicode.csv"),
				"\uFEFFONS code,Name\r\nE06000001,Café £".getBytes(StandardCharsets.UTF_16LE));

		assertThat(CsvText.charsetOf(file)).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(read(file)).isEqualTo("ONS code,Name\r\nE06000001,Café £");
	}

	@Test
	void readsBigEndianUtf16WithAByteOrderMark() throws IOException {
		Path file = Files.write(dir.resolve("big-endian.csv"), "ONS code,Name".getBytes(StandardCharsets.UTF_16));

		assertThat(CsvText.charsetOf(file)).isEqualTo(StandardCharsets.UTF_16BE);
		assertThat(read(file)).isEqualTo("ONS code,Name");
	}

	@Test
	void tellsUtf16WithoutAByteOrderMarkByItsZeroBytes() throws IOException {
		Path little = Files.write(dir.resolve("le.csv"), "ONS code,Name\n".getBytes(StandardCharsets.UTF_16LE));
		Path big = Files.write(dir.resolve("be.csv"), "ONS code,Name\n".getBytes(StandardCharsets.UTF_16BE));

		assertThat(CsvText.charsetOf(little)).isEqualTo(StandardCharsets.UTF_16LE);
		assertThat(read(little)).isEqualTo("ONS code,Name\n");
		assertThat(CsvText.charsetOf(big)).isEqualTo(StandardCharsets.UTF_16BE);
	}

	@Test
	void aGlanceAtTheStartOfAFileDecodesUtf16AndDropsTheMark() {
		assertThat(CsvText.decodeStart("\uFEFFONS code,Name".getBytes(StandardCharsets.UTF_16LE)))
			.isEqualTo("ONS code,Name");
		assertThat(CsvText.decodeStart("\uFEFFONS code,Name".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("ONS code,Name");
	}

	@Test
	void tellsTheTabThatExcelsUnicodeTextPutsBetweenValues() {
		assertThat(CsvText.delimiterOf("Title, with a comma\n\nONS code\tName\tType\nE06000001\tHartlepool\tUA\n"))
			.isEqualTo('\t');
		assertThat(CsvText.delimiterOf("ONS code,Name\nE06000001,\"Tab\there\"\n")).isEqualTo(',');
		assertThat(CsvText.delimiterOf("")).isEqualTo(',');
	}

	private static String read(Path file) throws IOException {
		try (Reader reader = CsvText.open(file)) {
			StringBuilder text = new StringBuilder();
			char[] buffer = new char[1024];
			for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
				text.append(buffer, 0, n);
			}
			return text.toString();
		}
	}

}
