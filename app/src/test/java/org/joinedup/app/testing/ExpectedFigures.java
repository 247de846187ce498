package org.joinedup.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Summary figures the sample generator computed from its own data, one
 * {@code samples/expected} file per quarter, compared with a workbook's stored values.
 */
public final class ExpectedFigures {

	private ExpectedFigures() {
	}

	public static List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(Samples.EXPECTED)) {
			List<Path> all = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
			assertThat(all).as("expected figures per sample quarter").hasSize(8);
			return all;
		}
	}

	/** {@code 2016-17-Q4} for {@code 2016-17-Q4.json}. */
	public static String quarterSlug(Path expected) {
		return expected.getFileName().toString().replace(".json", "");
	}

	public static Path report(Path reportsDir, Path expected) {
		return reportsDir.resolve("joinedup-quarterly-" + quarterSlug(expected) + ".xlsx");
	}

	public static void assertNamedCells(Path workbookFile, Path expected) throws IOException {
		Map<String, Number> named = JsonPath.read(expected.toFile(), "$.named");
		assertThat(named).isNotEmpty();
		try (XSSFWorkbook workbook = Workbooks.open(workbookFile)) {
			named.forEach((name, want) -> {
				Cell cell = Workbooks.named(workbook, name);
				double got = cell.getCellType() == CellType.FORMULA || cell.getCellType() == CellType.NUMERIC
						? cell.getNumericCellValue() : Double.NaN;
				assertThat(got).as("%s in %s", name, workbookFile.getFileName())
					.isCloseTo(want.doubleValue(), within(Math.max(0.5, Math.abs(want.doubleValue()) * 1e-6)));
			});
		}
	}

}
