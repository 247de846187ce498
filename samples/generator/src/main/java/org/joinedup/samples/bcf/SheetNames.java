package org.joinedup.samples.bcf;

import org.joinedup.samples.bcf.Layout.SheetNaming;

/** The names of the five template sheets in each naming style. */
final class SheetNames {

	private static final String[] BASE = { "Cover", "Metrics", "Income and Expenditure", "Savings", "Narrative" };

	private SheetNames() {
	}

	static String name(SheetNaming style, int index) {
		String base = BASE[index];
		int n = index + 1;
		return switch (style) {
			case TEMPLATE -> n + ") " + base;
			case DOTTED -> n + ". " + base.replace(" and ", " & ");
			case DASHED -> n + " - " + base;
			case PLAIN -> base;
		};
	}

}
