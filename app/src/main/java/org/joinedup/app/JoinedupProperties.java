package org.joinedup.app;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where joinedup keeps its warehouse and writes its reports, the inbox it reads by default, and the unit
 * costs that price a variance against plan.
 */
@ConfigurationProperties("joinedup")
public record JoinedupProperties(Path home, Path inbox, Path reportsDir, UnitCost unitCost, Ingest ingest) {

	public record UnitCost(BigDecimal nonElectiveAdmission, BigDecimal delayedDay) {
	}

	public record Ingest(int chunkSize) {
	}
}
