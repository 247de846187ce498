package org.joinedup.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import org.joinedup.app.settings.WritableFolder;
import org.joinedup.ingest.workbook.WorkbookEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Where joinedup keeps its warehouse and writes its reports, the inbox it reads by
 * default, the unit costs that price a variance against plan, and the settings of
 * loading. Every default is in {@code application.yml}; like
 * {@link org.joinedup.app.schedule.ScheduleProperties}, it is bound as configuration
 * properties, never {@code @Value}, and checked at start (the constraints on each).
 */
@Validated
@ConfigurationProperties("joinedup")
public record JoinedupProperties(@NotNull @WritableFolder Path home, @NotNull Path inbox,
		@NotNull @WritableFolder Path reportsDir, @NotNull @Valid UnitCost unitCost, @NotNull @Valid Ingest ingest,
		@NotNull @Valid Episodes episodes, String contact) {

	public record UnitCost(@NotNull @PositiveOrZero BigDecimal nonElectiveAdmission,
			@NotNull @PositiveOrZero BigDecimal delayedDay) {
	}

	/**
	 * @param chunkSize facts per committed chunk
	 * @param workbookEngine how workbooks are read: by file (an .xlsx streamed, an .xls
	 * by POI's usermodel) or every one by the usermodel
	 * @param quietPeriod how long a file must have been left unchanged before it is
	 * ingested: one modified more recently may still be arriving, and waits for the next
	 * run
	 * @param workbookLimits how much a workbook may hold before it is rejected unread
	 * @param readAhead how many returns are read and checked ahead of the one being
	 * written
	 */
	public record Ingest(@Min(1) int chunkSize, @NotNull WorkbookEngine workbookEngine, @NotNull Duration quietPeriod,
			@NotNull @Valid WorkbookLimits workbookLimits, @NotNull @Valid ReadAhead readAhead) {
	}

	/**
	 * @param files how many of the next returns are read (each on a thread of its own)
	 * while one is written; 0 reads each in turn
	 * @param largestFile a larger file is read only in its turn, so that no two large
	 * files' facts are held at once
	 */
	public record ReadAhead(@Min(0) int files, @NotNull DataSize largestFile) {
	}

	/**
	 * Past any of these a workbook is rejected unread, so that reading one takes bounded
	 * memory (see {@link org.joinedup.ingest.workbook.WorkbookLimits}).
	 *
	 * @param workbookSize the most an .xlsx may unzip to, all its parts together
	 * @param sheetSize the most one part of an .xlsx (a sheet) may unzip to
	 * @param sharedStringsSize the most an .xlsx's shared strings may unzip to
	 * @param parts the most parts (zip entries) an .xlsx may hold
	 * @param xlsSize the most an .xls file may take
	 */
	public record WorkbookLimits(@NotNull DataSize workbookSize, @NotNull DataSize sheetSize,
			@NotNull DataSize sharedStringsSize, @Min(1) int parts, @NotNull DataSize xlsSize) {

		public org.joinedup.ingest.workbook.WorkbookLimits toLimits() {
			return new org.joinedup.ingest.workbook.WorkbookLimits(workbookSize.toBytes(), sheetSize.toBytes(),
					sharedStringsSize.toBytes(), parts, xlsSize.toBytes());
		}

	}

	/**
	 * @param maxBadFraction the share of an episodes extract's rows that may be bad
	 * (quarantined) before the whole file is rejected
	 */
	public record Episodes(@DecimalMin("0") @DecimalMax("1") double maxBadFraction) {
	}
}
