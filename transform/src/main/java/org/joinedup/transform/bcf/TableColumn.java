package org.joinedup.transform.bcf;

import java.util.List;

/**
 * A column of a table on a return's sheet, found by its header text. A header with a
 * unit, such as {@code Planned income (£)}, also matches without it.
 */
record TableColumn(String header, boolean required) {

	static TableColumn required(String header) {
		return new TableColumn(header, true);
	}

	static TableColumn optional(String header) {
		return new TableColumn(header, false);
	}

	List<String> names() {
		return List.of(header, header.replace("(£)", "").trim());
	}
}
