package org.joinedup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.joinedup.warehouse.period.FinancialQuarter;
import org.junit.jupiter.api.Test;

/**
 * Runs the shared contract checker ({@code shared/tools/check-report}, beside the
 * repository) on a generated workbook, as a viewer that does not recalculate sees it.
 * Skipped when python3 with openpyxl is not installed.
 */
class CheckReportToolTest {

	private static final Path TOOL = Path.of("../../shared/tools/check-report");

	private static final Path PYTHON = Path.of("/usr/bin/python3");

	@Test
	void sharedCheckerFindsNoShortfalls() throws Exception {
		assumeChecker();
		Warehouse warehouse = Warehouse.migrated();
		BcfFixture.load(warehouse);
		Path out = Path.of("target/check-report");
		Path workbook = new QuarterlyReportWriter(warehouse.dataSource, BcfFixture.SETTINGS)
			.write(new FinancialQuarter(2016, 2), out, BcfFixture.RUN);
		Path expected = out.resolve("expected.json");
		String named = BcfFixture.EXPECTED_Q2.entrySet()
			.stream()
			.map(e -> jsonString(e.getKey()) + ": " + e.getValue())
			.collect(Collectors.joining(", "));
		Files.writeString(expected, "{\"named\": {" + named + "}, \"hostile_scheme_names\": ["
				+ jsonString(BcfFixture.HOSTILE_SCHEME) + "]}");

		Result result = run(
				List.of(PYTHON.toString(), TOOL.toString(), workbook.toString(), expected.toString(), "--tables"));

		assertThat(result.output).contains("0 shortfalls");
		assertThat(result.exit).as(result.output).isZero();
	}

	@Test
	void anEmptyWarehouseStillMeetsTheContract() throws Exception {
		assumeChecker();
		Path workbook = new QuarterlyReportWriter(Warehouse.migrated().dataSource, BcfFixture.SETTINGS)
			.write(new FinancialQuarter(2016, 4), Path.of("target/check-report/empty"), BcfFixture.RUN);

		Result result = run(List.of(PYTHON.toString(), TOOL.toString(), workbook.toString(), "--tables"));

		assertThat(result.output).contains("0 shortfalls");
		assertThat(result.exit).as(result.output).isZero();
	}

	private static void assumeChecker() throws Exception {
		assumeTrue(Files.isRegularFile(TOOL), "check-report not found at " + TOOL.toAbsolutePath());
		assumeTrue(run(List.of(PYTHON.toString(), "-c", "import openpyxl")).exit == 0,
				"python3-openpyxl is not installed");
	}

	private record Result(int exit, String output) {
	}

	private static Result run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), output);
	}

	private static String jsonString(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
