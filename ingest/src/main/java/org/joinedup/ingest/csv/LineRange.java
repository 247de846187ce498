package org.joinedup.ingest.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of a file from the start of one line to the start of another, and the number
 * of that first line: what one thread (or, later, one machine) reads of a file split in
 * parts. Only for encodings where a line break is the byte it is in ASCII (UTF-8 and
 * single-byte ones).
 */
record LineRange(long start, long end, int firstLine) {

	private static final byte CR = '\r';

	private static final byte LF = '\n';

	/**
	 * Up to {@code parts} ranges of about equal size, each ending just after a line feed;
	 * lines counted as Commons CSV counts them (CR LF, LF or a lone CR each one line
	 * break) so that the first line of each is the line a whole reading would give it.
	 */
	static List<LineRange> split(Path file, int parts) throws IOException {
		long size = Files.size(file);
		List<LineRange> ranges = new ArrayList<>();
		long start = 0;
		int firstLine = 1;
		int lineBreaks = 0;
		byte previous = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			long position = 0;
			long target = size / parts;
			for (int read = in.read(buffer); read != -1 && ranges.size() < parts - 1; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					byte b = buffer[i];
					if (b != CR && b != LF) {
						continue;
					}
					if (b == CR || (b == LF && (i > 0 ? buffer[i - 1] : previous) != CR)) {
						lineBreaks++;
					}
					if (b == LF && position + i + 1 >= target && position + i + 1 < size) {
						ranges.add(new LineRange(start, position + i + 1, firstLine));
						start = position + i + 1;
						firstLine = lineBreaks + 1;
						target = size * (ranges.size() + 1) / parts;
					}
				}
				previous = buffer[read - 1];
				position += read;
			}
		}
		ranges.add(new LineRange(start, size, firstLine));
		return ranges;
	}

	/** The range's bytes; the caller closes the stream. */
	InputStream open(Path file) throws IOException {
		SeekableByteChannel channel = Files.newByteChannel(file).position(start);
		return new FilterInputStream(Channels.newInputStream(channel)) {

			private long remaining = end - start;

			@Override
			public int read() throws IOException {
				if (remaining <= 0) {
					return -1;
				}
				remaining--;
				return super.read();
			}

			@Override
			public int read(byte[] into, int offset, int length) throws IOException {
				if (remaining <= 0) {
					return -1;
				}
				int read = super.read(into, offset, (int) Math.min(length, remaining));
				remaining -= Math.max(read, 0);
				return read;
			}

		};
	}

}
