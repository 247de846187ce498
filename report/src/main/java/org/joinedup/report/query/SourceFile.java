package org.joinedup.report.query;

import java.time.LocalDateTime;

/** A received file whose facts stand behind the report's figures. */
public record SourceFile(String fileName, String sha256, String returnType, String orgCode, String period,
		LocalDateTime receivedAt) {
}
