package org.joinedup.app.console.quarters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * A quarter's workbook as its report job execution recorded it: where it was written,
 * when, and the warehouse state it was made from.
 */
public record Workbook(long executionId, Path path, LocalDateTime madeAt, String warehouseState) {

	public String fileName() {
		return path.getFileName().toString();
	}

	public boolean exists() {
		return Files.isRegularFile(path);
	}

}
