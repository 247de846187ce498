package org.joinedup.ingest.workbook;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * How a run opens workbooks: with which engine, within which limits, and what tells a
 * reading to stop part-way (checked between rows, so a stop is honoured within moments
 * even in the middle of a large sheet).
 */
public record Workbooks(WorkbookEngine engine, WorkbookLimits limits, BooleanSupplier stopRequested) {

	private static final BooleanSupplier NEVER = () -> false;

	/** By file, within the default limits, never stopped. */
	public static Workbooks byFile() {
		return new Workbooks(WorkbookEngine.BY_FILE, WorkbookLimits.DEFAULTS, NEVER);
	}

	/** As {@link WorkbookEngine#open(Path)}, within these limits. */
	public Workbook open(Path path) {
		return engine.open(path, limits, stopRequested);
	}

}
