import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The bare parse: a CSV file through Commons CSV on one thread, every field of every
 * record touched. The floor joinedup's validated load is measured against.
 */
public class CsvParse {

	public static void main(String[] args) throws Exception {
		long records = 0;
		long characters = 0;
		try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
			for (CSVRecord record : parser) {
				records++;
				for (String field : record) {
					characters += field.length();
				}
			}
		}
		System.out.println(records + " records, " + characters + " characters");
	}

}
