package org.joinedup.report.query;

import java.time.LocalDateTime;

import org.joinedup.warehouse.ReturnType;

/** A received file whose facts stand behind the report's figures. */
public record SourceFile(String fileName, String sha256, ReturnType returnType, String orgCode, String period,
		LocalDateTime receivedAt) {
}
