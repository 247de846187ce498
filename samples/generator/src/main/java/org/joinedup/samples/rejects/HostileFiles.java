package org.joinedup.samples.rejects;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.joinedup.samples.io.DeterministicZip;

/**
 * Files that are not readable workbooks: encrypted, truncated, not a workbook at all, a
 * zip bomb.
 */
final class HostileFiles {

	static final String PASSWORD = "joinedup";

	/**
	 * The zip bomb's padding: 40 MiB of one repeated byte, which deflates to about 40 KB.
	 */
	static final int BOMB_PADDING = 40 * 1024 * 1024;

	private HostileFiles() {
	}

	/**
	 * Agile (AES) encryption with fixed key material, so the output is the same on every
	 * run.
	 */
	static byte[] encrypted(byte[] xlsx) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor enc = info.getEncryptor();
			int key = info.getHeader().getKeySize() / 8;
			int block = info.getHeader().getBlockSize();
			enc.confirmPassword(PASSWORD, filled(key, 11), filled(block, 22), filled(block, 33), filled(block, 44),
					filled(block, 55));
			try (OutputStream os = enc.getDataStream(fs)) {
				os.write(xlsx);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (GeneralSecurityException e) {
			throw new IOException(e);
		}
	}

	/**
	 * An interrupted transfer: the bytes end inside the compressed data of {@code entry},
	 * so that neither the zip directory nor that sheet can be read (a cut between entries
	 * could still be read by a streaming reader).
	 */
	static byte[] truncated(byte[] xlsx, String entry) {
		byte[] name = entry.getBytes(StandardCharsets.US_ASCII);
		for (int i = 0; i + name.length < xlsx.length; i++) {
			if (Arrays.equals(xlsx, i, i + name.length, name, 0, name.length)) {
				return Arrays.copyOf(xlsx, i + name.length + 120);
			}
		}
		throw new IllegalArgumentException("no entry " + entry);
	}

	static byte[] notAWorkbook() {
		return ("From: bcf.returns@hwb-tameside.example\r\n" + "Subject: RE: Q3 return\r\n\r\n"
				+ "Hi, the return is attached as requested. Please note our figures are provisional.\r\n"
				+ "Kind regards,\r\nBCF team\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A valid workbook whose {@code entry} gains a comment of {@link #BOMB_PADDING} bytes
	 * after its prolog.
	 */
	static byte[] zipBomb(byte[] xlsx, String entry) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
				ZipOutputStream z = new ZipOutputStream(out)) {
			z.setLevel(9);
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(e.getName());
				copy.setTimeLocal(DeterministicZip.ENTRY_TIME);
				z.putNextEntry(copy);
				byte[] content = in.readAllBytes();
				if (e.getName().equals(entry)) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int prolog = xml.indexOf("?>") + 2;
					z.write(xml.substring(0, prolog).getBytes(StandardCharsets.UTF_8));
					z.write("<!--".getBytes(StandardCharsets.UTF_8));
					byte[] chunk = new byte[1 << 20];
					Arrays.fill(chunk, (byte) 'A');
					for (int i = 0; i < BOMB_PADDING / chunk.length; i++) {
						z.write(chunk);
					}
					z.write("-->".getBytes(StandardCharsets.UTF_8));
					z.write(xml.substring(prolog).getBytes(StandardCharsets.UTF_8));
				}
				else {
					z.write(content);
				}
				z.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private static byte[] filled(int length, int seed) {
		byte[] b = new byte[length];
		for (int i = 0; i < length; i++) {
			b[i] = (byte) (seed * 31 + i * 7);
		}
		return b;
	}

}
