package org.joinedup.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens a text feed in the encoding it was written in: UTF-8 (with or without a BOM);
 * UTF-16, which Excel's "Unicode text" writes (with a BOM; without one, told by the zero
 * byte that every character of plain text has); or Windows-1252 when the bytes are not
 * valid UTF-8, which is how Excel on Windows saves CSV (a {@code £} as 0xA3). Tells its
 * delimiter too: a comma, or the tab that Excel's "Unicode text" puts between values.
 */
public final class CsvText {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final char BOM = '\uFEFF';

	/** Enough text to tell UTF-16 by its zero bytes. */
	private static final int UTF16_SAMPLE = 4096;

	private CsvText() {
	}

	/**
	 * How many non-blank lines at the start tell the delimiter (a header below titles).
	 */
	private static final int DELIMITER_LINES = 10;

	/** A reader over the file's text, byte-order mark skipped; the caller closes it. */
	public static BufferedReader open(Path file) throws IOException {
		return open(Files.newInputStream(file), charsetOf(file), true);
	}

	/**
	 * A reader over bytes in that charset, strict for UTF-8: a byte that is not UTF-8
	 * throws a {@link java.nio.charset.CharacterCodingException}, whereupon the file is
	 * read as {@link #WINDOWS_1252}. A byte-order mark is skipped at the start of a file
	 * only.
	 */
	static BufferedReader open(InputStream bytes, Charset charset, boolean fileStart) throws IOException {
		BufferedReader reader = new BufferedReader(charset.equals(StandardCharsets.UTF_8)
				? new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder())
				: new InputStreamReader(bytes, charset));
		reader.mark(1);
		if (!fileStart || reader.read() != BOM) {
			reader.reset();
		}
		return reader;
	}

	/**
	 * UTF-16 when its start says so, else UTF-8 unless some bytes are not valid UTF-8;
	 * reads the whole file once, in a stream.
	 */
	public static Charset charsetOf(Path file) throws IOException {
		Optional<Charset> utf16 = utf16(file);
		return utf16.isPresent() ? utf16.get() : utf8OrWindows1252(file);
	}

	/** UTF-16 when the file's first block says so. */
	static Optional<Charset> utf16(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return utf16(in.readNBytes(UTF16_SAMPLE));
		}
	}

	/**
	 * The delimiter of the text to come, read ahead of the reader's position and given
	 * back to it.
	 */
	public static char delimiterOf(BufferedReader text) throws IOException {
		char[] start = new char[UTF16_SAMPLE * 16];
		text.mark(start.length);
		int read = text.read(start);
		text.reset();
		return delimiterOf(read <= 0 ? "" : new String(start, 0, read));
	}

	/**
	 * A tab when the first non-blank lines hold more tabs than commas (Excel's "Unicode
	 * text", or "Text (tab delimited)"), else a comma.
	 */
	public static char delimiterOf(String start) {
		long tabs = 0;
		long commas = 0;
		for (String line : start.lines().filter(l -> !l.isBlank()).limit(DELIMITER_LINES).toList()) {
			tabs += line.chars().filter(c -> c == '\t').count();
			commas += line.chars().filter(c -> c == ',').count();
		}
		return tabs > commas ? '\t' : ',';
	}

	/**
	 * The start of a file as text, for a glance at its first lines: UTF-16 when it says
	 * so, else UTF-8 read leniently (header text is plain ASCII in every feed); BOM
	 * dropped.
	 */
	public static String decodeStart(byte[] head) {
		String text = new String(head, utf16(head).orElse(StandardCharsets.UTF_8));
		return text.startsWith(String.valueOf(BOM)) ? text.substring(1) : text;
	}

	/**
	 * UTF-16 by its byte-order mark or, without one, by zero bytes: plain text in UTF-16
	 * has one in every character (the high byte of ASCII and Latin-1), always on the same
	 * side of the pair, while text in a single-byte encoding or UTF-8 has none.
	 */
	static Optional<Charset> utf16(byte[] head) {
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			return Optional.of(StandardCharsets.UTF_16LE);
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			return Optional.of(StandardCharsets.UTF_16BE);
		}
		int pairs = Math.min(head.length, UTF16_SAMPLE) / 2;
		int evenZeros = 0;
		int oddZeros = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			evenZeros += head[i] == 0 ? 1 : 0;
			oddZeros += head[i + 1] == 0 ? 1 : 0;
		}
		if (oddZeros * 2 > pairs && evenZeros * 8 < oddZeros) {
			return Optional.of(StandardCharsets.UTF_16LE);
		}
		if (evenZeros * 2 > pairs && oddZeros * 8 < evenZeros) {
			return Optional.of(StandardCharsets.UTF_16BE);
		}
		return Optional.empty();
	}

	private static Charset utf8OrWindows1252(Path file) throws IOException {
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
