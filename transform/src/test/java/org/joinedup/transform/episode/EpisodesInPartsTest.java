package org.joinedup.transform.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.joinedup.transform.area.AreaDirectory;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.testing.Feeds;
import org.joinedup.transform.testing.Loading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An extract read in line ranges at once is counted as read from start to end: the same
 * facts with the same first and last lines, the same bad rows listed first, the same
 * counts.
 */
class EpisodesInPartsTest {

	private static final AreaDirectory AREAS = AreaDirectory.of(Set.of("E06000001", "E06000018", "E10000016"));

	@TempDir
	Path dir;

	@Test
	void theSampleExtract() {
		assertSameInParts(Loading.sample("episodes/episodes-2016-17-Q4.csv"));
	}

	@Test
	void theMessyExtract() {
		assertSameInParts(Feeds.file("episodes-messy.csv"));
	}

	@Test
	void badRowsAcrossEveryRangeMoreThanAreListed() throws IOException {
		StringBuilder text = new StringBuilder(
				"Episode ID,Provider code,Admission date,Admission method,Age on admission,Resident LA,Discharge date\n");
		String[] bad = { "2017-02-31,21,40,E06000001,", "2017-01-04,99,40,E06000001,", "2017-01-04,21,x,E06000001,",
				"2017-01-04,21,40,E09000999,", "2017-01-04,21,40,E06000001,2017-01-01",
				"2017-01-04,21,40,E06000001,,too,wide", "2017-01-04,\"2\n1\",40,E06000001," };
		for (int i = 0; i < 25_000; i++) {
			text.append("EP").append(i).append(",RVW,");
			text.append(i % 2 == 0 ? bad[i / 2 % bad.length] : "2017-0" + (1 + i % 3) + "-1" + i % 10 + ",2" + (i % 4)
					+ "," + i % 90 + ",E06000018," + (i % 5 == 0 ? "" : "2017-04-0" + (1 + i % 9)));
			text.append(i % 3 == 0 ? "\r\n" : "\n");
		}
		Path file = Files.writeString(dir.resolve("episodes-bad.csv"), text);

		MappedReturn whole = map(file, 1);

		assertThat(whole.findings()).hasSize(Quarantine.LISTED + 1);
		assertSameInParts(file);
	}

	private static void assertSameInParts(Path file) {
		MappedReturn whole = map(file, 1);
		for (int parts = 2; parts <= 5; parts++) {
			assertThat(map(file, parts)).as("%d parts", parts).isEqualTo(whole);
		}
	}

	private static MappedReturn map(Path file, int parts) {
		return new EpisodesMapper(new EpisodesReader(parts), AREAS, 1.0).map(file, file.getFileName().toString());
	}

}
