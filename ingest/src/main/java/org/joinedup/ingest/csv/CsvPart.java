package org.joinedup.ingest.csv;

import org.joinedup.ingest.finding.Finding;

/**
 * Where the rows of one part of a CSV feed go, with what the reader itself rejected in
 * that part, both in file order.
 */
public interface CsvPart<T> {

	void row(T row);

	void finding(Finding finding);

}
