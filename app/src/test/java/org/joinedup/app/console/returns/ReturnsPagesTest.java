package org.joinedup.app.console.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.joinedup.app.console.ConsoleTestSupport;
import org.joinedup.app.ingest.FileOutcome;
import org.joinedup.app.ingest.IngestRunner;
import org.joinedup.app.testing.Samples;
import org.joinedup.ingest.registry.FileDigest;
import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Returns pages on returns of 2016-17 Q2 that only this class ingests: Hartlepool's
 * (ingested twice, so once superseded) and a Liverpool return whose bad metric cell holds
 * a script, rejected; the other expected areas are missing. A VIEWER reads them all.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ReturnsPagesTest extends ConsoleTestSupport {

	private static final String QUARTER = "2016-17 Q2";

	private static final String HOSTILE = "<script>alert(1)</script>";

	private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

	private static final Path HARTLEPOOL = Samples.INBOX.resolve("bcf/2016-17/Q2/E06000001-hartlepool.xlsx");

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestRunner ingest;

	@Autowired
	JdbcTemplate jdbc;

	private long rejected;

	private long superseded;

	private long accepted;

	@BeforeAll
	void ingestTheQuartersReturns() throws Exception {
		Path hostile = liverpoolWithAScriptInItsBadCell();
		for (Path file : List.of(Samples.AREAS, HARTLEPOOL, hostile)) {
			assertThat(ingest.ingest(file).result()).as(file.toString())
				.isIn(FileOutcome.Result.LOADED, FileOutcome.Result.SUPERSEDES, FileOutcome.Result.DUPLICATE,
						FileOutcome.Result.REJECTED);
		}
		assertThat(ingest.rerun(HARTLEPOOL, FileDigest.sha256(HARTLEPOOL)).getStatus())
			.isEqualTo(BatchStatus.COMPLETED);
		rejected = submissionOf(hostile.getFileName().toString(), "REJECTED");
		superseded = submissionOf(HARTLEPOOL.getFileName().toString(), "SUPERSEDED");
		accepted = submissionOf(HARTLEPOOL.getFileName().toString(), "ACCEPTED");
	}

	@Test
	void theQuarterListsExpectedAgainstReceivedWithEachFileLinked() throws Exception {
		String page = page("/returns?quarter=" + QUARTER);

		assertThat(page).contains("<table id=\"returns\">", "<option value=\"2016-17 Q2\" selected=\"selected\">")
			.containsPattern("id=\"return-counts\">[^/]*Accepted")
			.contains("Rejected", "Missing", "Superseded");
		assertThat(row(page, "E06000001", "Accepted")).contains("Hartlepool", "/returns/files/" + accepted + "\"");
		assertThat(row(page, "E06000001", "Superseded")).contains("/returns/files/" + superseded + "\"");
		assertThat(row(page, "E08000012", "Rejected")).contains("Liverpool", "/returns/files/" + rejected + "\"",
				"liverpool-script.xlsx");
		assertThat(row(page, "E08000025", "Missing")).contains("Birmingham").doesNotContain("/returns/files/");
	}

	@Test
	void withoutAQuarterItShowsTheLatestAndABadQuarterIsSaid() throws Exception {
		assertThat(page("/returns")).contains("selected=\"selected\"", "<table id=\"returns\">");
		assertThat(page("/returns?quarter=autumn")).contains("&#39;autumn&#39; is not a quarter");
	}

	@Test
	void theNonSubmittersAreTheExpectedAreasWithoutAnAcceptedReturn() throws Exception {
		String csv = mvc.perform(get("/returns/non-submitters").param("quarter", QUARTER).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"non-submitters-2016-17-Q2.csv\""))
			.andReturn()
			.getResponse()
			.getContentAsString();

		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("Area code,Area name,Return type,Status");
		assertThat(lines).contains("E08000012,Liverpool,BCF_QUARTERLY,Rejected",
				"E08000025,Birmingham,BCF_QUARTERLY,Missing");
		assertThat(csv).doesNotContain("E06000001");
		mvc.perform(get("/returns/non-submitters").param("quarter", "autumn").with(viewer()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aRejectedFilesPageShowsItsFindingsWithTheScriptAsText() throws Exception {
		String page = page("/returns/files/" + rejected);

		assertThat(page)
			.contains("liverpool-script.xlsx", FileDigest.sha256(hostileFile()), "Rejected", "2016-17 Q2",
					"<table id=\"findings\">", "/returns/files/" + rejected + "/findings.xlsx")
			.containsPattern("href=\"/runs/\\d+\">execution \\d+ \\(COMPLETED\\)</a>, which made this submission");
		assertThat(row(page, "not-a-number", "2) Metrics")).contains("<td>liverpool-script.xlsx</td>", "<td>7</td>",
				"<td>D</td>", "<td>" + ESCAPED + "</td>", "<td>not-a-number</td>");
		assertThat(page).contains(ESCAPED).doesNotContain(HOSTILE);
	}

	@Test
	void aSupersededFilesPageLinksTheSubmissionThatReplacedIt() throws Exception {
		String page = page("/returns/files/" + superseded);

		assertThat(page).contains("Superseded", "Superseded by", "/returns/files/" + accepted + "\"",
				"also submitted as", "No findings");
		assertThat(page("/returns/files/" + accepted)).contains("Supersedes", "/returns/files/" + superseded + "\"");
	}

	@Test
	void theFindingsWorkbookHoldsTheFindingsTable() throws Exception {
		byte[] workbook = mvc.perform(get("/returns/files/" + rejected + "/findings.xlsx").with(viewer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"findings-submission-" + rejected + ".xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			XSSFSheet sheet = book.getSheet("Findings");
			assertThat(sheet.getTables()).extracting(t -> t.getName()).containsExactly("Findings");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("File");
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo(HOSTILE);
		}
	}

	@Test
	void theRunsListSaysWhatBecameOfEachIngestedFile() throws Exception {
		Elements liverpool = Jsoup.parse(page("/runs?file=liverpool-script")).select("#runs tbody tr");
		assertThat(liverpool.eachText()).singleElement().asString().contains("COMPLETED REJECTED");
		assertThat(liverpool.select("a[href=/returns/files/" + rejected + "]").text()).isEqualTo("REJECTED");
		assertThat(Jsoup.parse(page("/runs?file=" + HARTLEPOOL.getFileName())).select("#runs tbody tr").eachText())
			.allSatisfy(run -> assertThat(run).contains("COMPLETED ACCEPTED"));
	}

	@Test
	void anUnknownFileIsNotFound() throws Exception {
		for (String url : List.of("/returns/files/987654321", "/returns/files/987654321/findings.xlsx",
				"/returns/files/abc", "/returns/files/abc/findings.xlsx")) {
			mvc.perform(get(url).with(viewer())).andExpect(status().isNotFound());
		}
	}

	private String page(String url) throws Exception {
		MockHttpServletRequestBuilder request = get(url).with(viewer());
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The table row of {@code page} holding all the texts. */
	private static String row(String page, String... texts) {
		return Arrays.stream(page.split("<tr"))
			.filter(r -> Arrays.stream(texts).allMatch(r::contains))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + Arrays.toString(texts) + " in " + page));
	}

	private long submissionOf(String fileName, String status) {
		return jdbc.queryForObject("""
				SELECT MAX(s.id) FROM submission s JOIN received_file rf ON rf.id = s.received_file_id
				WHERE rf.file_name = ? AND s.status = ?""", Long.class, fileName, status);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
		return user("val").roles("VIEWER");
	}

	private static Path hostileFile() {
		return home.resolve("returns-test").resolve("liverpool-script.xlsx");
	}

	/** The sample rejected for a word in a number's cell, with a script for the word. */
	private static Path liverpoolWithAScriptInItsBadCell() throws Exception {
		Path file = hostileFile();
		Files.createDirectories(file.getParent());
		try (InputStream in = Files.newInputStream(Samples.REJECTS.resolve("not-a-number.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(file)) {
			workbook.getSheet("2) Metrics").getRow(6).getCell(3).setCellValue(HOSTILE);
			workbook.write(out);
		}
		return file;
	}

}
