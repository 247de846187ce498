package org.joinedup.transform.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Month;
import java.util.List;

import org.joinedup.ingest.finding.Finding;
import org.joinedup.transform.load.MappedReturn;
import org.joinedup.transform.load.SubmissionKey;
import org.joinedup.transform.testing.Warehouse;
import org.joinedup.warehouse.ReturnType;
import org.joinedup.warehouse.SubmissionStatus;
import org.joinedup.warehouse.period.FinancialMonth;
import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class SubmissionStoreTest {

	private final JdbcTemplate jdbc = Warehouse.fresh();

	private final SubmissionStore store = new SubmissionStore(jdbc, Clock.systemUTC());

	private static final SubmissionKey TAMESIDE_Q3 = new SubmissionKey(ReturnType.BCF_QUARTERLY, "E08000008",
			"Tameside", new FinancialQuarter(2016, 3));

	@Test
	void aLaterAcceptedReturnForTheSameKeySupersedesTheEarlierOne() {
		long first = accepted("a".repeat(64), TAMESIDE_Q3);
		long second = store.open(store.registerFile("b".repeat(64), "b.xlsx", "/in/b.xlsx", 10),
				new MappedReturn(TAMESIDE_Q3, List.of(), List.of()), null);

		assertThat(store.accept(second)).contains(first);
		assertThat(status(first)).isEqualTo("SUPERSEDED");
		assertThat(status(second)).isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForObject("SELECT superseded_by FROM submission WHERE id = ?", Long.class, first))
			.isEqualTo(second);
	}

	@Test
	void returnsForOtherAreasOrQuartersAreLeftAlone() {
		long q3 = accepted("a".repeat(64), TAMESIDE_Q3);
		long q4 = accepted("b".repeat(64),
				new SubmissionKey(ReturnType.BCF_QUARTERLY, "E08000008", "Tameside", new FinancialQuarter(2016, 4)));
		long camden = accepted("c".repeat(64),
				new SubmissionKey(ReturnType.BCF_QUARTERLY, "E09000007", "Camden", new FinancialQuarter(2016, 3)));

		assertThat(List.of(status(q3), status(q4), status(camden))).containsOnly("ACCEPTED");
	}

	@Test
	void aSecondExtractForTheSameMonthSupersedesTheFirstAndOtherMonthsAreLeftAlone() {
		long october = accepted("a".repeat(64), dtoc(Month.OCTOBER));
		long november = accepted("b".repeat(64), dtoc(Month.NOVEMBER));
		long octoberAgain = accepted("c".repeat(64), dtoc(Month.OCTOBER));

		assertThat(List.of(status(october), status(november), status(octoberAgain))).containsExactly("SUPERSEDED",
				"ACCEPTED", "ACCEPTED");
		assertThat(store.summary(octoberAgain).subject()).isEqualTo("DTOC_MONTHLY October 2016");
		assertThat(store.summary(octoberAgain).quarter()).isEqualTo(new FinancialQuarter(2016, 3));
	}

	private static SubmissionKey dtoc(Month month) {
		return SubmissionKey.monthly(ReturnType.DTOC_MONTHLY, null, null, new FinancialMonth(2016, month));
	}

	@Test
	void aRejectedReturnKeepsItsFindingsAndSupersedesNothing() {
		long good = accepted("a".repeat(64), TAMESIDE_Q3);
		Finding finding = Finding.fileError("bad.xlsx", "cover-missing", "The workbook has no Cover sheet");
		long bad = store.open(store.registerFile("b".repeat(64), "bad.xlsx", "/in/bad.xlsx", 10),
				new MappedReturn(TAMESIDE_Q3, List.of(), List.of(finding)), null);

		assertThat(status(bad)).isEqualTo("REJECTED");
		assertThat(status(good)).isEqualTo("ACCEPTED");
		assertThat(store.findings(bad)).containsExactly(finding);
		assertThat(store.decidedSubmissionOf("b".repeat(64)))
			.contains(new EarlierSubmission(bad, SubmissionStatus.REJECTED, "bad.xlsx"));
		assertThat(store.decidedSubmissionOf("b".repeat(64)).orElseThrow().describe())
			.isEqualTo("same bytes as submission #" + bad
					+ " (bad.xlsx, rejected): nothing loaded; its findings: joinedup rejections --file bad.xlsx");
	}

	@Test
	void theSameBytesAreRegisteredOnce() {
		long id = store.registerFile("a".repeat(64), "a.xlsx", "/in/a.xlsx", 10);
		assertThat(store.registerFile("a".repeat(64), "copy.xlsx", "/in/copy.xlsx", 10)).isEqualTo(id);
		assertThat(store.decidedSubmissionOf("a".repeat(64))).isEmpty();
	}

	private long accepted(String sha256, SubmissionKey key) {
		long id = store.open(store.registerFile(sha256, sha256 + ".xlsx", "/in/x.xlsx", 10),
				new MappedReturn(key, List.of(), List.of()), null);
		store.accept(id);
		return id;
	}

	private String status(long id) {
		return jdbc.queryForObject("SELECT status FROM submission WHERE id = ?", String.class, id);
	}

}
