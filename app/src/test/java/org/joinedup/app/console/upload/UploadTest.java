package org.joinedup.app.console.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.joinedup.app.console.ConsoleTestSupport;
import org.joinedup.app.console.TestReturns;
import org.joinedup.app.console.users.ConsoleUsers;
import org.joinedup.app.console.users.Role;
import org.joinedup.app.testing.Samples;
import org.joinedup.ingest.finding.Finding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Uploading returns: each checked by content before it is stored, stored in the inbox
 * without overwriting anything, ingested at once, and shown with its outcome and
 * findings. Every file is made unique to its test, so that no other test's data makes it
 * a duplicate.
 */
class UploadTest extends ConsoleTestSupport {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H',
			'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ConsoleUsers users;

	@LocalServerPort
	int port;

	@Test
	void aBadReturnIsRejectedWithItsFindings() throws Exception {
		String name = "malformed-" + UUID.randomUUID() + ".xlsx";

		MvcResult result = upload(new MockMultipartFile("files", name, null,
				TestReturns.marked(Samples.REJECTS.resolve("ons-code-malformed.xlsx"))));

		UploadResult rejected = only(result);
		assertThat(rejected.outcome()).isEqualTo("REJECTED");
		assertThat(rejected.storedAs()).isEqualTo("uploads/" + name);
		assertThat(rejected.jobExecutionId()).isNotNull();
		assertThat(rejected.findings())
			.extracting(Finding::file, Finding::sheet, Finding::row, Finding::column, Finding::value, Finding::rule)
			.contains(tuple(name, "1) Cover", 6, "C", "E0800008", "ons-code-malformed"));
		assertThat(result.getResponse().getContentAsString()).contains("id=\"results\"")
			.contains("<td>ons-code-malformed</td>")
			.contains("<td>1) Cover</td>")
			.contains("<td>E0800008</td>");
		assertThat(jdbc.queryForMap(
				"SELECT username, job_execution_id, outcome FROM console_audit WHERE action = 'UPLOAD' AND target = ?",
				"uploads/" + name))
			.containsEntry("USERNAME", "sue")
			.containsEntry("JOB_EXECUTION_ID", rejected.jobExecutionId())
			.hasEntrySatisfying("OUTCOME", outcome -> assertThat((String) outcome).startsWith("REJECTED "));
	}

	@Test
	void aGoodReturnLoadsAndTheSameBytesAgainAreADuplicateOfIt() throws Exception {
		byte[] survey = TestReturns.survey("Loaded");
		String name = "survey-" + UUID.randomUUID() + ".csv";

		UploadResult first = only(upload(new MockMultipartFile("files", name, "text/csv", survey)));
		UploadResult again = only(upload(new MockMultipartFile("files", name, "text/csv", survey)));

		assertThat(first.outcome()).as(first.detail()).isEqualTo("LOADED");
		assertThat(first.findings()).isEmpty();
		assertThat(again.outcome()).isEqualTo("DUPLICATE");
		assertThat(again.detail()).contains("same bytes as submission #").contains(name);
		assertThat(again.storedAs()).isEqualTo("uploads/" + name.replace(".csv", "-2.csv"));
	}

	@Test
	void aFileThatIsNoReturnIsRefusedAndNotStored() throws Exception {
		String picture = "picture-" + UUID.randomUUID() + ".png";
		String noise = "noise-" + UUID.randomUUID() + ".xlsx";
		byte[] random = new byte[4096];
		new Random(11).nextBytes(random);

		MvcResult result = upload(new MockMultipartFile("files", picture, "image/png", PNG),
				new MockMultipartFile("files", noise, null, random));

		List<UploadResult> results = results(result);
		assertThat(results).extracting(UploadResult::name, UploadResult::outcome, UploadResult::storedAs)
			.containsExactly(tuple(picture, "REFUSED", null), tuple(noise, "REFUSED", null));
		assertThat(results.get(0).detail()).contains("not a return joinedup recognises")
			.endsWith("Nothing was stored.");
		assertThat(results.get(1).detail()).contains("not an Excel workbook");
		assertThat(inboxFiles()).noneMatch(f -> f.getFileName().toString().startsWith(picture.substring(0, 20))
				|| f.getFileName().toString().startsWith(noise.substring(0, 20)));
	}

	@Test
	void anUploadNeverOverwritesAnInboxFileAndKeepsOnlyTheLastSegmentOfItsName() throws Exception {
		String name = "same-" + UUID.randomUUID() + ".csv";
		Path uploads = home.resolve("inbox").resolve("uploads");
		Files.createDirectories(uploads);
		Files.writeString(uploads.resolve(name), "already here");
		byte[] first = TestReturns.survey("First");
		byte[] second = TestReturns.survey("Second");

		List<UploadResult> results = results(upload(new MockMultipartFile("files", "../../" + name, "text/csv", first),
				new MockMultipartFile("files", "C:\\Users\\sue\\" + name, "text/csv", second)));

		assertThat(results).extracting(UploadResult::name).containsOnly(name);
		assertThat(results).extracting(UploadResult::storedAs)
			.containsExactly("uploads/" + name.replace(".csv", "-2.csv"), "uploads/" + name.replace(".csv", "-3.csv"));
		assertThat(results).extracting(UploadResult::outcome).containsOnly("LOADED");
		assertThat(Files.readString(uploads.resolve(name))).isEqualTo("already here");
		assertThat(Files.readAllBytes(uploads.resolve(name.replace(".csv", "-2.csv")))).isEqualTo(first);
		assertThat(Files.readAllBytes(uploads.resolve(name.replace(".csv", "-3.csv")))).isEqualTo(second);
		assertThat(home).isDirectoryNotContaining(p -> p.getFileName().toString().equals(name));
	}

	@Test
	void thePageOffersOneFileInputForManyFilesAndShowsTheLimit() throws Exception {
		String page = mvc.perform(get("/upload").with(user("sue").roles("SUBMITTER", "VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("enctype=\"multipart/form-data\"")
			.contains("<input type=\"file\" name=\"files\" multiple required>")
			.contains(">Upload</button>")
			.contains("<span id=\"limit\">50 MB</span>");
		mvc.perform(get("/upload").with(user("val").roles("VIEWER"))).andExpect(status().isForbidden());
	}

	/**
	 * Through the real server (MockMvc enforces no size): a body over the limit gets the
	 * upload page saying so, and nothing is stored.
	 */
	@Test
	void anUploadOverTheLimitGetsAPageSayingSo() throws Exception {
		String username = "big-" + UUID.randomUUID();
		users.add(username, Role.SUBMITTER, "a long enough password");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String signIn = browser.send(request("/login").build(), BodyHandlers.ofString()).body();
		String form = "username=" + encode(username) + "&password=" + encode("a long enough password") + "&_csrf="
				+ encode(first(signIn, "name=\"_csrf\" value=\"([^\"]+)\""));
		browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.discarding());
		String page = browser.send(request("/upload").build(), BodyHandlers.ofString()).body();
		String action = first(page, "<form class=\"upload\"[^>]* action=\"([^\"]+)\"");
		String tooBig = "too-big-" + UUID.randomUUID() + ".csv";
		Path content = Files.createTempFile("joinedup-too-big-", ".csv");
		try (RandomAccessFile sparse = new RandomAccessFile(content.toFile(), "rw")) {
			sparse.setLength(51L * 1024 * 1024);
		}
		String boundary = "----joinedup" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + tooBig
				+ "\"\r\nContent-Type: text/csv\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";

		HttpResponse<String> response = browser
			.send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "text/html")
				.POST(BodyPublishers.concat(BodyPublishers.ofString(head), BodyPublishers.ofFile(content),
						BodyPublishers.ofString(tail)))
				.build(), BodyHandlers.ofString());
		Files.delete(content);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The upload is larger than the limit of 50 MB")
			.contains("<input type=\"file\" name=\"files\" multiple required>");
		assertThat(inboxFiles()).noneMatch(f -> f.getFileName().toString().startsWith(tooBig.substring(0, 20)));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM console_audit WHERE username = ? AND action = 'UPLOAD'",
				Integer.class, username))
			.isOne();
	}

	private MvcResult upload(MockMultipartFile... files) throws Exception {
		var request = multipart("/upload");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return mvc.perform(request.with(user("sue").roles("SUBMITTER", "VIEWER")).with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
	}

	@SuppressWarnings("unchecked")
	private static List<UploadResult> results(MvcResult result) {
		Map<String, Object> model = result.getModelAndView().getModel();
		return (List<UploadResult>) model.get("results");
	}

	private static UploadResult only(MvcResult result) {
		List<UploadResult> results = results(result);
		assertThat(results).hasSize(1);
		return results.get(0);
	}

	private static List<Path> inboxFiles() throws IOException {
		Path inbox = home.resolve("inbox");
		if (!Files.exists(inbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(inbox)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String first(String html, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(html);
		assertThat(m.find()).as(html).isTrue();
		return m.group(1);
	}

}
