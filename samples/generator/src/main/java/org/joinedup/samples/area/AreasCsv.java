package org.joinedup.samples.area;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the R5 areas reference CSV. */
public final class AreasCsv {

	public static final String[] HEADER = { "ONS code", "Name", "Type", "Region", "Legacy code", "Population",
			"Population 65+", "Valid from", "Valid to" };

	private AreasCsv() {
	}

	public static void write(List<Area> areas, Path file) throws IOException {
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (Area a : areas) {
				printer.printRecord(a.onsCode(), a.name(), a.type(), a.region(), a.legacyCode(), a.population(),
						a.population65(), a.validFrom(), a.validTo() == null ? "" : a.validTo());
			}
		}
		Files.createDirectories(file.getParent());
		Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
	}

}
