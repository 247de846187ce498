package org.joinedup.ingest.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A column a CSV feed defines (usually an enum constant holding its {@link ColumnSpec}).
 */
public interface CsvColumn {

	ColumnSpec spec();

	default String header() {
		return spec().header();
	}

	default List<String> aliases() {
		return spec().aliases();
	}

	default boolean required() {
		return spec().required();
	}

	/**
	 * The header and its aliases, matched with
	 * {@link org.joinedup.ingest.text.TextMatch}.
	 */
	default List<String> names() {
		List<String> names = new ArrayList<>();
		names.add(header());
		names.addAll(aliases());
		return names;
	}

}
