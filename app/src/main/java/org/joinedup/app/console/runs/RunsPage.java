package org.joinedup.app.console.runs;

import java.util.List;

/** One page of the runs list and how many runs the filters match in all. */
public record RunsPage(List<RunRow> rows, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page < pages();
	}

	public boolean hasPrevious() {
		return page > 1;
	}

}
