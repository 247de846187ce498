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

}
