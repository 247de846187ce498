package org.joinedup.samples.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) with a fixed entry time, so that the same content gives the
 * same bytes.
 */
public final class DeterministicZip {

	public static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2017, 6, 1, 0, 0);

	private DeterministicZip() {
	}

	public static byte[] normalize(byte[] zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream z = new ZipOutputStream(out)) {
			z.setLevel(9);
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(e.getName());
				copy.setTimeLocal(ENTRY_TIME);
				z.putNextEntry(copy);
				in.transferTo(z);
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
