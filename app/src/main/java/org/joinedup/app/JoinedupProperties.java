package org.joinedup.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import org.joinedup.ingest.workbook.WorkbookEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where joinedup keeps its warehouse and writes its reports, the inbox it reads by
 * default, the unit costs that price a variance against plan, and the settings of
 * loading. Every default is in {@code application.yml}; like
 * {@link org.joinedup.app.schedule.ScheduleProperties}, it is bound as configuration
 * properties, never {@code @Value}.
 */
@ConfigurationProperties("joinedup")
public record JoinedupProperties(Path home, Path inbox, Path reportsDir, UnitCost unitCost, Ingest ingest,
		Episodes episodes) {

	public record UnitCost(BigDecimal nonElectiveAdmission, BigDecimal delayedDay) {
	}

	/**
	 * @param chunkSize facts per committed chunk
	 * @param workbookEngine how workbooks are read: by file (an .xlsx streamed, an .xls
	 * by POI's usermodel) or every one by the usermodel
	 * @param quietPeriod how long a file must have been left unchanged before it is
	 * ingested: one modified more recently may still be arriving, and waits for the next
	 * run
	 */
	public record Ingest(int chunkSize, WorkbookEngine workbookEngine, Duration quietPeriod) {
	}

	/**
	 * @param maxBadFraction the share of an episodes extract's rows that may be bad
	 * (quarantined) before the whole file is rejected
	 */
	public record Episodes(double maxBadFraction) {
	}
}
