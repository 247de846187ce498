package org.joinedup.transform.load;

import java.time.Clock;

import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.area.JdbcAreaDirectory;
import org.joinedup.transform.provider.ProviderDirectory;

/**
 * What the mappers check returns against: the current reference data, the clock, and the
 * settings of loading.
 *
 * @param workbooks how workbooks are read: the engine (by file, or every one by POI's
 * usermodel), the limits past which one is rejected unread, and when to stop part-way
 * @param episodesMaxBadFraction the share of an episodes extract's rows that may be bad
 * (quarantined) before the whole file is rejected
 */
public record LoadContext(JdbcAreaDirectory areas, ProviderDirectory providers, Clock clock, Workbooks workbooks,
		double episodesMaxBadFraction) {
}
