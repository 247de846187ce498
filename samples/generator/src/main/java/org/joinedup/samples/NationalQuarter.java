package org.joinedup.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.joinedup.samples.area.Area;
import org.joinedup.samples.area.Areas;
import org.joinedup.samples.area.AreasCsv;
import org.joinedup.samples.bcf.BcfDataModel;
import org.joinedup.samples.bcf.BcfReturn;
import org.joinedup.samples.bcf.BcfWorkbookWriter;
import org.joinedup.samples.bcf.Layout;
import org.joinedup.samples.bcf.Quarter;
import org.joinedup.samples.io.WorkbookBytes;

/**
 * The benchmark's national year (bench/run.sh): every upper-tier area of England in ONS's
 * mid-2019 estimates (unitary authorities, metropolitan districts, London boroughs,
 * counties), a return each for the four quarters of 2016-17 in the standard layout, and
 * the areas reference naming them.
 */
final class NationalQuarter {

	private static final Map<String, String> UPPER_TIER = Map.of("E06", "Unitary authority", "E08",
			"Metropolitan district", "E09", "London borough", "E10", "County");

	private NationalQuarter() {
	}

	static void write(Path estimates, Path root) throws IOException {
		List<Area> areas = areas(estimates);
		AreasCsv.write(areas, root.resolve("reference/areas.csv"));
		BcfDataModel model = new BcfDataModel(SampleGenerator.SEED);
		for (int q = 1; q <= 4; q++) {
			Quarter quarter = new Quarter(2016, q);
			areas.parallelStream().forEach(area -> {
				BcfReturn content = model.returnFor(area, quarter);
				var written = BcfWorkbookWriter.write(content, Layout.standard());
				SampleGenerator.write(
						root.resolve("bcf/2016/Q" + quarter.q() + "/" + area.onsCode() + "-" + area.slug() + ".xlsx"),
						WorkbookBytes.of(written.workbook(), content.signedOff()));
			});
		}
		System.out.println(areas.size() + " areas x 4 quarters written under " + root.toAbsolutePath().normalize());
	}

	/**
	 * From the {@code MYE2 - Persons} sheet: code, name, geography, all ages and the sum
	 * of ages 65 to 90+; the region is the last region row above.
	 */
	private static List<Area> areas(Path estimates) throws IOException {
		List<Area> areas = new ArrayList<>();
		DataFormatter text = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(estimates.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet("MYE2 - Persons");
			Map<String, Integer> columns = new HashMap<>();
			String region = "";
			for (Row row : sheet) {
				if (columns.isEmpty()) {
					row.forEach(cell -> columns.put(text.formatCellValue(cell).trim(), cell.getColumnIndex()));
					if (!columns.containsKey("Code") || !columns.containsKey("All ages")) {
						columns.clear();
					}
					continue;
				}
				String code = text.formatCellValue(row.getCell(columns.get("Code"))).trim();
				String name = text.formatCellValue(row.getCell(columns.get("Name"))).trim();
				if (code.startsWith("E12")) {
					region = name;
				}
				String type = code.length() == 9 ? UPPER_TIER.get(code.substring(0, 3)) : null;
				if (type != null) {
					long all = number(row.getCell(columns.get("All ages")));
					long over65 = IntStream.rangeClosed(65, 90)
						.mapToLong(age -> number(row.getCell(columns.get(age == 90 ? "90+" : String.valueOf(age)))))
						.sum();
					areas.add(new Area(code, name, type, region, null, all, over65, Areas.VALID_FROM, null,
							"01632 96" + (areas.size() % 10)));
				}
			}
		}
		return areas;
	}

	private static long number(Cell cell) {
		return Math.round(cell.getNumericCellValue());
	}

}
