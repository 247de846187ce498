package org.joinedup.ingest.bcf;

import java.util.List;

/** A column of a table on a return's sheet: its header text, the other texts that mean the same, whether it must be there. */
interface TableColumn {

	String header();

	List<String> names();

	boolean required();
}
