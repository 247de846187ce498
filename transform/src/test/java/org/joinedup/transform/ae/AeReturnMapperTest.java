package org.joinedup.transform.ae;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.util.Set;

import org.joinedup.ingest.finding.Level;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.provider.ProviderDirectory;
import org.joinedup.warehouse.period.FinancialMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** R3 in both header eras, with its TOTAL row and padded Parent Org. */
class AeReturnMapperTest {

	private static final String RECENT = "Period,Org Code,Parent Org,Org name,A&E attendances Type 1,"
			+ "A&E attendances Type 2,A&E attendances Other A&E Department,A&E attendances Booked Appointments Type 1,"
			+ "A&E attendances Booked Appointments Type 2,A&E attendances Booked Appointments Other Department,"
			+ "Attendances over 4hrs Type 1,Attendances over 4hrs Type 2,Attendances over 4hrs Other Department,"
			+ "Attendances over 4hrs Booked Appointments Type 1,Attendances over 4hrs Booked Appointments Type 2,"
			+ "Attendances over 4hrs Booked Appointments Other Department,"
			+ "Patients who have waited 4-12 hs from DTA to admission,"
			+ "Patients who have waited 12+ hrs from DTA to admission,Emergency admissions via A&E - Type 1,"
			+ "Emergency admissions via A&E - Type 2,Emergency admissions via A&E - Other A&E department,"
			+ "Other emergency admissions\n";

	private static final String OLDER = "Period,Org Code,Parent Org,Org name,Number of A&E attendances Type 1,"
			+ "Number of A&E attendances Type 2,Number of A&E attendances Other A&E Department,"
			+ "Number of attendances over 4hrs Type 1,Number of attendances over 4hrs Type 2,"
			+ "Number of attendances over 4hrs Other A&E Department,"
			+ "Patients who have waited 4-12 hs from DTA to admission,"
			+ "Patients who have waited 12+ hrs from DTA to admission,Emergency admissions via A&E - Type 1,"
			+ "Emergency admissions via A&E - Type 2,Emergency admissions via A&E - Other A&E department,"
			+ "Other emergency admissions\n";

	@TempDir
	Path dir;

	private final AeReturnMapper mapper = new AeReturnMapper(new AeReader(),
			ProviderDirectory.of(Set.of("RJ1", "RAL", "RMP")));

	@Test
	void readsTheRecentEraSkippingTheTotalRowAndTrimmingParentOrg() throws IOException {
		MappedReturn mapped = map(RECENT
				+ "MSitAE-OCTOBER-2016, rj1 ,NHS ENGLAND LONDON   ,GUY'S,100,5,30,1,0,0,8,0,1,0,0,0,9,1,60,2,3,40\n"
				+ "MSitAE-OCTOBER-2016,RAL,NHS ENGLAND LONDON   ,ROYAL FREE,200,,*,1,0,0,8,0,1,0,0,0,9,1,70,2,3,50\n"
				+ "MSitAE-OCTOBER-2016,TOTAL,,Total,300,5,30,2,0,0,16,0,2,0,0,0,18,2,130,4,6,90\n");

		assertThat(mapped.findings()).isEmpty();
		assertThat(mapped.key().month()).isEqualTo(new FinancialMonth(2016, Month.OCTOBER));
		assertThat(mapped.facts()).hasSize(2);
		AeFact guys = (AeFact) mapped.facts().get(0);
		assertThat(guys.orgCode()).isEqualTo("RJ1");
		assertThat(guys.parentOrg()).isEqualTo("NHS ENGLAND LONDON");
		assertThat(guys.counts().get(AeColumn.EMERGENCY_TYPE_1)).isEqualTo(60);
		AeFact royalFree = (AeFact) mapped.facts().get(1);
		assertThat(royalFree.counts().get(AeColumn.ATTENDANCES_TYPE_2)).as("empty").isNull();
		assertThat(royalFree.counts().get(AeColumn.ATTENDANCES_OTHER)).as("suppressed").isNull();
	}

	@Test
	void readsTheOlderEraWithoutBookedAppointments() throws IOException {
		MappedReturn mapped = map("\uFEFF" + OLDER.replace("\n", "\r\n")
				+ "MSitAE-APRIL-2015,RMP,NHS ENGLAND NORTH ,TAMESIDE,100,5,30,8,0,1,9,1,60,2,3,40\r\n"
				+ "MSitAE-APRIL-2015,total,,TOTAL,100,5,30,8,0,1,9,1,60,2,3,40\r\n");

		assertThat(mapped.findings()).isEmpty();
		AeFact fact = (AeFact) mapped.facts().get(0);
		assertThat(fact.month()).isEqualTo(new FinancialMonth(2015, Month.APRIL));
		assertThat(fact.counts().get(AeColumn.ATTENDANCES_TYPE_1)).isEqualTo(100);
		assertThat(fact.counts().get(AeColumn.BOOKED_TYPE_1)).isNull();
		assertThat(fact.counts().get(AeColumn.OTHER_EMERGENCY)).isEqualTo(40);
	}

	@Test
	void aTotalThatDiffersFromTheSumIsAGroupWarning() throws IOException {
		MappedReturn mapped = map(
				OLDER + "MSitAE-APRIL-2015,RMP,NHS ENGLAND NORTH,TAMESIDE,100,5,30,8,0,1,9,1,60,2,3,40\n"
						+ "MSitAE-APRIL-2015,TOTAL,,TOTAL,125,5,30,8,0,1,9,1,60,2,3,40\n");

		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.facts()).hasSize(1);
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.level()).isEqualTo(Level.GROUP);
			assertThat(f.isError()).isFalse();
			assertThat(f.rule()).isEqualTo("total-mismatch");
			assertThat(f.row()).isEqualTo(3);
			assertThat(f.column()).isEqualTo("A&E attendances Type 1");
			assertThat(f.value()).isEqualTo("125");
		});
	}

	@Test
	void aNumberThatIsNotOneRejectsTheFile() throws IOException {
		MappedReturn mapped = map(
				OLDER + "MSitAE-APRIL-2015,RMP,NHS ENGLAND NORTH,TAMESIDE,100,5,30,8,0,1,9,1,n/a,2,3,40\n");

		assertThat(mapped.rejected()).isTrue();
		assertThat(mapped.facts()).isEmpty();
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("not-a-number");
			assertThat(f.row()).isEqualTo(2);
			assertThat(f.column()).isEqualTo("Emergency admissions via A&E - Type 1");
			assertThat(f.value()).isEqualTo("n/a");
		});
	}

	@Test
	void aProviderMissingFromTheProvidersReferenceIsAWarningAndLoadsAsTheFileNamesIt() throws IOException {
		MappedReturn mapped = map(OLDER
				+ "MSitAE-APRIL-2015, y02572 ,NHS ENGLAND NORTH ,PARK COMMUNITY PRACTICE,100,5,30,8,0,1,9,1,60,2,3,40\n");

		assertThat(mapped.rejected()).isFalse();
		assertThat(mapped.facts()).singleElement().satisfies(fact -> {
			assertThat(((AeFact) fact).orgCode()).isEqualTo("Y02572");
			assertThat(((AeFact) fact).orgName()).isEqualTo("PARK COMMUNITY PRACTICE");
			assertThat(((AeFact) fact).parentOrg()).isEqualTo("NHS ENGLAND NORTH");
		});
		assertThat(mapped.findings()).singleElement().satisfies(f -> {
			assertThat(f.rule()).isEqualTo("ods-code-unknown");
			assertThat(f.isError()).isFalse();
			assertThat(f.level()).isEqualTo(Level.RECORD);
			assertThat(f.row()).isEqualTo(2);
			assertThat(f.column()).isEqualTo("Org Code");
			assertThat(f.value()).isEqualTo(" y02572 ");
		});
	}

	private MappedReturn map(String text) throws IOException {
		Path file = Files.write(dir.resolve("ae.csv"), text.getBytes(StandardCharsets.UTF_8));
		return mapper.map(file, "ae.csv");
	}

}
