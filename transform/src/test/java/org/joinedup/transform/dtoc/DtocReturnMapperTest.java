package org.joinedup.transform.dtoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.Map;
import java.util.Set;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.provider.ProviderDirectory;
import org.joinedup.warehouse.period.FinancialMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R2 files as senders write them: every tolerance loads, every reject rule names file,
 * row, column and value.
 */
class DtocReturnMapperTest {

	private static final String TITLES = "Delayed Transfers of Care\nProvider extract\nOctober 2016\n";

	private static final String HEADER = "Year,Period Name,Provider Parent Org Code,Provider Parent Name,"
			+ "Provider Org Code,Provider Org Name,Local Authority Code,Local Authority Name,"
			+ "Acute Or Non Acute Description,Reason For Delay,NHS A SUM,NHS B SUM,Social Care A SUM,"
			+ "Social Care B SUM,Both A SUM,Both B SUM\n";

	private static final String ROW = "2016-17,OCTOBER,Y54,NORTH,RMP,TAMESIDE HOSPITAL,357,TAMESIDE,Acute,"
			+ "A_COMPLETION_ASSESSMENT,3,40,*,20,,\n";

	@TempDir
	Path dir;

	private final DtocReturnMapper mapper = new DtocReturnMapper(new DtocReader(),
			() -> Map.of("357", "E08000008", "724", "E06000001"), ProviderDirectory.of(Set.of("RMP")));

	@Test
	void loadsAMonthAndMapsTheLegacyCodeToTheOnsCode() throws IOException {
		MappedReturn mapped = map(TITLES + HEADER + ROW, StandardCharsets.UTF_8);

		assertThat(mapped.findings()).isEmpty();
		assertThat(mapped.key().month()).isEqualTo(new FinancialMonth(2016, Month.OCTOBER));
		DtocFact fact = (DtocFact) mapped.facts().get(0);
		assertThat(fact.areaCode()).isEqualTo("E08000008");
		assertThat(fact.nhsDays()).isEqualTo(40);
		assertThat(fact.socialCarePatients()).as("suppressed").isNull();
		assertThat(fact.bothDays()).as("empty cell").isNull();
		assertThat(fact.sourceRow()).isEqualTo(5);
	}

	@Test
	void toleratesBomCrlfFourTitleLinesBlankLinesTrailingAndExtraColumnsAndQuotedFields() throws IOException {
		String text = "\uFEFFTitle\r\nSubtitle\r\nMore\r\nEven more\r\n\r\n" + "Notes," + HEADER.replace("\n", ",,\r\n")
				+ "\"a note, \"\"quoted\"\"\","
				+ "2016-17,october, y54 ,NORTH, rmp ,\"TAMESIDE, \"\"THE\"\"\nHOSPITAL\","
				+ "357,TAMESIDE,ACUTE,a_completion_assessment,3,\"1,040\",*,20,,,,\r\n\r\n";

		MappedReturn mapped = map(text, StandardCharsets.UTF_8);

		assertThat(mapped.findings()).isEmpty();
		DtocFact fact = (DtocFact) mapped.facts().get(0);
		assertThat(fact.providerCode()).isEqualTo("RMP");
		assertThat(fact.parentCode()).isEqualTo("Y54");
		assertThat(fact.providerName()).isEqualTo("TAMESIDE, \"THE\"\nHOSPITAL");
		assertThat(fact.reason()).isEqualTo("A_COMPLETION_ASSESSMENT");
		assertThat(fact.nhsDays()).isEqualTo(1040);
		assertThat(fact.sourceRow()).isEqualTo(7);
	}

	@Test
	void readsWindows1252() throws IOException {
		MappedReturn mapped = map(TITLES.replace("October", "Costs in £") + HEADER
				+ ROW.replace("TAMESIDE HOSPITAL", "TAMESIDE £ HOSPITAL"), Charset.forName("windows-1252"));

		assertThat(mapped.findings()).isEmpty();
		assertThat(((DtocFact) mapped.facts().get(0)).providerName()).isEqualTo("TAMESIDE £ HOSPITAL");
	}

	@Test
	void readsTheShaEraAndTheEraWithoutASums() throws IOException {
		String sha = HEADER.replace("Provider Parent Org Code", "Provider SHA Code")
			.replace("Provider Parent Name", "Provider SHA Name");
		assertThat(map(TITLES + sha + ROW, StandardCharsets.UTF_8).findings()).isEmpty();

		String withoutA = "Year,Period Name,Provider Parent Org Code,Provider Parent Name,Provider Org Code,"
				+ "Provider Org Name,Local Authority Code,Local Authority Name,Acute Or Non Acute Description,"
				+ "Reason For Delay,NHS B SUM,Social Care B SUM,Both B SUM\n"
				+ "2017-18,MAY,Y54,NORTH,RMP,TAMESIDE HOSPITAL,357,TAMESIDE,Non-Acute,O_OTHER,40,20,\n";
		MappedReturn mapped = map(TITLES + withoutA, StandardCharsets.UTF_8);
		assertThat(mapped.findings()).isEmpty();
		DtocFact fact = (DtocFact) mapped.facts().get(0);
		assertThat(fact.nhsPatients()).isNull();
		assertThat(fact.acute()).isEqualTo("NON-ACUTE");
		assertThat(fact.reason()).isEqualTo("O_OTHER");
	}

	@Test
	void otherIsNotAReasonBefore2017() throws IOException {
		MappedReturn mapped = map(TITLES + HEADER + ROW.replace("A_COMPLETION_ASSESSMENT", "O_OTHER"),
				StandardCharsets.UTF_8);

		assertThat(mapped.rejected()).isTrue();
		assertThat(mapped.facts()).isEmpty();
		assertThat(mapped.findings()).singleElement()
			.satisfies(f -> assertFinding(f, 5, "Reason For Delay", "O_OTHER", "reason-unknown"));
	}

	@Test
	void anUnknownLegacyCodeIsARecordError() throws IOException {
		MappedReturn mapped = map(TITLES + HEADER + ROW.replace(",357,", ",999,"), StandardCharsets.UTF_8);

		assertThat(mapped.facts()).isEmpty();
		assertThat(mapped.findings()).singleElement()
			.satisfies(f -> assertFinding(f, 5, "Local Authority Code", "999", "legacy-code-unknown"));
	}

	@Test
	void aProviderMissingFromTheProvidersReferenceLoadsWithOneWarningAtItsFirstRow() throws IOException {
		String unknown = ROW.replace(",RMP,", ",RZZ,");
		MappedReturn mapped = map(TITLES + HEADER + unknown + unknown.replace(",357,", ",724,"),
				StandardCharsets.UTF_8);

		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.facts()).hasSize(2)
			.allSatisfy(fact -> assertThat(((DtocFact) fact).providerCode()).isEqualTo("RZZ"));
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.isError()).isFalse();
			assertThat(f.row()).isEqualTo(5);
			assertThat(f.column()).isEqualTo("Provider Org Code");
			assertThat(f.value()).isEqualTo("RZZ");
			assertThat(f.rule()).isEqualTo("ods-code-unknown");
		});
	}

	@Test
	void aRowWiderThanTheHeaderIsRejected() throws IOException {
		MappedReturn mapped = map(TITLES + HEADER + ROW + ROW.replace("\n", ",oops\n"), StandardCharsets.UTF_8);

		assertThat(mapped.facts()).isEmpty();
		assertThat(mapped.findings()).singleElement()
			.satisfies(f -> assertFinding(f, 6, null, "oops", "csv-too-many-fields"));
	}

	@Test
	void moreThanFourTitleLinesHideTheHeader() throws IOException {
		MappedReturn mapped = map("1\n2\n3\n4\n5\n" + HEADER + ROW, StandardCharsets.UTF_8);

		assertThat(mapped.rejected()).isTrue();
		assertThat(mapped.findings()).extracting(Finding::rule).contains("csv-missing-column");
	}

	private static void assertFinding(Finding f, int row, String column, String value, String rule) {
		assertThat(f.file()).isEqualTo("dtoc.csv");
		assertThat(f.row()).isEqualTo(row);
		assertThat(f.column()).isEqualTo(column);
		assertThat(f.value()).isEqualTo(value);
		assertThat(f.rule()).isEqualTo(rule);
		assertThat(f.isError()).isTrue();
	}

	private MappedReturn map(String text, Charset charset) throws IOException {
		Path file = Files.write(dir.resolve("dtoc.csv"), text.getBytes(charset));
		return mapper.map(file, "dtoc.csv");
	}

}
