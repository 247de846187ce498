package org.joinedup.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates the samples into a temporary folder and checks they equal the committed
 * ones.
 */
class SampleGeneratorTest {

	@TempDir
	static Path fresh;
	static Path committed;

	@BeforeAll
	static void regenerate() throws IOException {
		committed = Path.of("..").toAbsolutePath().normalize();
		assertThat(committed.resolve("inbox")).as("committed samples beside the generator").isDirectory();
		SampleGenerator.generate(fresh);
	}

	@Test
	void sameFilesAsCommitted() throws IOException {
		assertThat(files(fresh)).isEqualTo(files(committed));
	}

	@Test
	void sameContentAsCommitted() throws IOException {
		List<String> differ = new ArrayList<>();
		for (String f : files(fresh)) {
			byte[] a = Files.readAllBytes(fresh.resolve(f));
			byte[] b = Files.readAllBytes(committed.resolve(f));
			if (Arrays.equals(a, b)) {
				continue;
			}
			if (!isWorkbookName(f) || !WorkbookContent.of(a).equals(WorkbookContent.of(b))) {
				differ.add(f);
			}
		}
		if (!differ.isEmpty()) {
			fail("regenerate the samples (samples/generate): these differ from the committed ones: " + differ);
		}
	}

	static List<String> files(Path root) throws IOException {
		List<String> all = new ArrayList<>();
		for (String dir : SampleGenerator.OUTPUTS) {
			Path d = root.resolve(dir);
			if (!Files.isDirectory(d)) {
				continue;
			}
			try (Stream<Path> s = Files.walk(d)) {
				s.filter(Files::isRegularFile)
					.map(p -> root.relativize(p).toString().replace('\\', '/'))
					.forEach(all::add);
			}
		}
		all.sort(null);
		return all;
	}

	private static boolean isWorkbookName(String f) {
		return f.endsWith(".xlsx") || f.endsWith(".xls");
	}

}
