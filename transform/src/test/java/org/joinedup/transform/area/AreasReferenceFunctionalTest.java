package org.joinedup.transform.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.joinedup.transform.submission.SubmissionSummary;
import org.joinedup.transform.testing.Loading;
import org.joinedup.warehouse.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R5's areas reference from the sample CSV to the warehouse, where loading checks returns
 * against it.
 */
class AreasReferenceFunctionalTest {

	private static final String TAMESIDE = "E08000008";

	@TempDir
	Path dir;

	@Test
	void loadsEveryAreaWithItsLine() throws Exception {
		Loading loading = new Loading();

		SubmissionSummary loaded = loading.load(Loading.sample("reference/areas.csv"));

		assertThat(loaded.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(loading.factRows(AreasReferenceType.DEFINITION, loaded.id())).isEqualTo(loaded.rowCount())
			.isEqualTo(12);
		Map<String, Object> hartlepool = loading.jdbc()
			.queryForMap("SELECT name, legacy_code, source_row FROM area WHERE ons_code = 'E06000001'");
		assertThat(hartlepool).containsEntry("NAME", "Hartlepool")
			.containsEntry("LEGACY_CODE", "724")
			.containsEntry("SOURCE_ROW", 2);
		assertThat(new JdbcAreaDirectory(loading.jdbc()).contains("E06000001")).isTrue();
	}

	@Test
	void aReturnFiledUnderACodeTheCurrentReferenceNoLongerListsStillLoads() throws Exception {
		Loading loading = new Loading();
		Path areas = Loading.sample("reference/areas.csv");
		loading.load(areas);
		Path revised = dir.resolve("areas-revised.csv");
		Files.write(revised, Files.readAllLines(areas).stream().filter(line -> !line.startsWith(TAMESIDE)).toList());
		assertThat(loading.load(revised).status()).isEqualTo(SubmissionStatus.ACCEPTED);

		SubmissionSummary tameside = loading.load(Loading.sample("bcf/2016-17/Q2/" + TAMESIDE + "-tameside.xlsx"));

		assertThat(tameside.status()).isEqualTo(SubmissionStatus.ACCEPTED);
		assertThat(tameside.orgCode()).isEqualTo(TAMESIDE);
	}

}
