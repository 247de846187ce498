package org.joinedup.app.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Areas references written by tests: {@code E06000001}, {@code E06000002}, ... in that
 * order.
 */
public final class AreasFiles {

	private AreasFiles() {
	}

	public static Path numbered(Path file, int count) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file)) {
			out.write("ONS code,Name,Type,Region,Legacy code,Population,Population 65+,Valid from,Valid to\n");
			for (int i = 1; i <= count; i++) {
				out.write(String.format("E06%06d,Area %d,Unitary authority,North East,%03d,%d,%d,2013-04-01,%n", i, i,
						i % 1000, 100_000 + i, 20_000 + i % 7_919));
			}
		}
		return file;
	}

}
