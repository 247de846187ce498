package org.joinedup.ingest.csv;

import java.util.ArrayList;
import java.util.List;

/** A column a CSV feed defines: its header, the aliases that mean the same, whether it must be there. */
public interface CsvColumn {

	String header();

	List<String> aliases();

	boolean required();

	/** The header and its aliases, matched with {@link org.joinedup.ingest.text.TextMatch}. */
	default List<String> names() {
		List<String> names = new ArrayList<>();
		names.add(header());
		names.addAll(aliases());
		return names;
	}
}
