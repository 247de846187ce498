package org.joinedup.samples.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.joinedup.samples.io.Csv;
import org.joinedup.samples.monthly.Provider;
import org.joinedup.samples.monthly.Providers;

/**
 * The providers reference (R5) of the sample areas' acute trusts (the providers of the
 * monthly extracts), in both forms: the CSV with a header and a small file in NHS
 * Digital's headerless trust-file layout ({@code etr.csv}).
 */
public final class ProvidersReference {

	public static final String[] HEADER = { "ODS code", "Name", "Parent code", "Parent name", "Region" };

	/** The trusts written to the small trust-file sample; RW3 closed. */
	private static final List<String> TRUST_FILE = List.of("RVW", "RW3", "RAL", "RYJ");

	private static final String CLOSED = "RW3";

	private ProvidersReference() {
	}

	/** The ODS code of the trust serving an area. */
	public static String serving(String areaCode) {
		return Providers.all()
			.stream()
			.filter(p -> p.area().onsCode().equals(areaCode))
			.map(Provider::code)
			.findFirst()
			.orElseThrow();
	}

	public static byte[] csv() {
		List<List<String>> rows = new ArrayList<>();
		for (Provider p : Providers.all()) {
			rows.add(List.of(p.code(), p.name(), p.parentCode(), p.parentName(), p.area().region()));
		}
		return Csv.of(HEADER, rows);
	}

	/**
	 * The trust-file layout of formats.md and of the real {@code etr.csv}: every field
	 * quoted; code, name, national grouping, high-level health geography, five address
	 * lines, postcode (column 10), open date (11), close date (12), then 15 columns
	 * joinedup does not read (left empty, as many are in the real file), 27 in all.
	 */
	public static byte[] trustFile() {
		List<List<String>> rows = new ArrayList<>();
		for (Provider p : Providers.all()) {
			if (!TRUST_FILE.contains(p.code())) {
				continue;
			}
			List<String> row = new ArrayList<>(
					List.of(p.code(), p.name(), p.parentCode(), "Q" + p.parentCode().substring(1), "HOSPITAL ROAD", "",
							"", "", "", "ZZ99 9ZZ", "19940401", p.code().equals(CLOSED) ? "20171001" : ""));
			row.addAll(Collections.nCopies(27 - row.size(), ""));
			rows.add(row);
		}
		return Csv.everyFieldQuoted(rows);
	}

}
