package org.joinedup.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {

	@TempDir
	Path dir;

	@Test
	void givesTheSha256InHex() throws IOException {
		Path file = Files.writeString(dir.resolve("abc.txt"), "abc");

		assertThat(FileDigest.sha256(file))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void digestsFilesLargerThanItsBuffer() throws IOException {
		Path empty = Files.write(dir.resolve("empty"), new byte[0]);
		Path big = Files.write(dir.resolve("big"), new byte[200_000]);

		assertThat(FileDigest.sha256(empty))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(FileDigest.sha256(big)).hasSize(64).isNotEqualTo(FileDigest.sha256(empty));
	}

}
