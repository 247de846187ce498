package org.joinedup.samples.expected;

import java.util.List;
import java.util.Map;

import org.joinedup.samples.bcf.Quarter;

/** Writes one quarter's expected figures in the format of shared/tools/check-report. */
public final class ExpectedJson {

	private ExpectedJson() {
	}

	public static String of(Quarter quarter, Map<String, Number> named, List<String> hostile) {
		StringBuilder b = new StringBuilder("{\n");
		b.append("  \"quarter\": ").append(quote(quarter.format(Quarter.PeriodForm.YEAR_FIRST))).append(",\n");
		b.append("  \"named\": {\n");
		int i = 0;
		for (Map.Entry<String, Number> e : named.entrySet()) {
			b.append("    ")
				.append(quote(e.getKey()))
				.append(": ")
				.append(e.getValue())
				.append(++i < named.size() ? ",\n" : "\n");
		}
		b.append("  }");
		if (!hostile.isEmpty()) {
			b.append(",\n  \"hostile_scheme_names\": [");
			for (int k = 0; k < hostile.size(); k++) {
				b.append(k > 0 ? ", " : "").append(quote(hostile.get(k)));
			}
			b.append("]");
		}
		return b.append("\n}\n").toString();
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
