package org.joinedup.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a text feed in the encoding it was written in: UTF-8 (with or without a BOM), or
 * Windows-1252 when the bytes are not valid UTF-8, which is how Excel on Windows saves
 * CSV (a {@code £} as 0xA3).
 */
public final class CsvText {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final char BOM = '\uFEFF';

	private CsvText() {
	}

	/** A reader over the file's text, byte-order mark skipped; the caller closes it. */
	public static Reader open(Path file) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charsetOf(file)));
		reader.mark(1);
		if (reader.read() != BOM) {
			reader.reset();
		}
		return reader;
	}

	/**
	 * UTF-8 unless some bytes are not valid UTF-8; reads the whole file once, in a
	 * stream.
	 */
	public static Charset charsetOf(Path file) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read == -1;
				if (!end) {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
				if (decoder.decode(bytes, chars, end).isError()) {
					return WINDOWS_1252;
				}
				chars.clear();
				bytes.compact();
			}
			return decoder.flush(chars).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
		}
	}

}
