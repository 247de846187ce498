import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The peer a Java developer would write first: every .xlsx under a folder opened with
 * POI's usermodel in a plain loop, every cell of every sheet read. No checks, no warehouse.
 */
public class PoiRead {

	public static void main(String[] args) throws Exception {
		List<Path> files;
		try (Stream<Path> all = Files.walk(Path.of(args[0]))) {
			files = all.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
		}
		long cells = 0;
		for (Path file : files) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(new File(file.toString()))) {
				for (Sheet sheet : workbook) {
					for (Row row : sheet) {
						for (Cell cell : row) {
							cells += switch (cell.getCellType()) {
								case NUMERIC -> cell.getNumericCellValue() != 0 ? 1 : 1;
								case STRING -> cell.getStringCellValue().isEmpty() ? 1 : 1;
								default -> 1;
							};
						}
					}
				}
			}
		}
		System.out.println(files.size() + " workbooks, " + cells + " cells");
	}

}
