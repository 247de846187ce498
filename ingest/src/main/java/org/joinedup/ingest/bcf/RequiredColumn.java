package org.joinedup.ingest.bcf;

import java.util.List;

/** A required column; a header with a unit, such as {@code Planned income (£)}, also matches without it. */
record RequiredColumn(String header) implements TableColumn {

	@Override
	public List<String> names() {
		return List.of(header, header.replace("(£)", "").trim());
	}

	@Override
	public boolean required() {
		return true;
	}
}
