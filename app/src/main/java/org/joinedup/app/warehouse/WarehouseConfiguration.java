package org.joinedup.app.warehouse;

import java.time.Clock;

import org.joinedup.app.JoinedupProperties;
import org.joinedup.app.batch.StopAfterChunk;
import org.joinedup.ingest.workbook.Workbooks;
import org.joinedup.transform.area.JdbcAreaDirectory;
import org.joinedup.transform.load.LoadContext;
import org.joinedup.transform.load.ReturnMappers;
import org.joinedup.transform.provider.JdbcProviderDirectory;
import org.joinedup.transform.submission.SubmissionStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The return types joinedup reads (from transform's registry) and the warehouse they load
 * into.
 */
@Configuration(proxyBeanMethods = false)
class WarehouseConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	SubmissionStore submissionStore(JdbcTemplate jdbc, Clock clock) {
		return new SubmissionStore(jdbc, clock);
	}

	/**
	 * Workbooks are read with the configured engine, within the configured limits, and
	 * stop part-way when a shutdown asks the ingest to stop.
	 */
	@Bean
	ReturnMappers returnMappers(JdbcTemplate jdbc, Clock clock, JoinedupProperties properties, StopAfterChunk stop) {
		Workbooks workbooks = new Workbooks(properties.ingest().workbookEngine(),
				properties.ingest().workbookLimits().toLimits(), stop::requested);
		return new ReturnMappers(new LoadContext(new JdbcAreaDirectory(jdbc), new JdbcProviderDirectory(jdbc), clock,
				workbooks, properties.episodes().maxBadFraction()));
	}

}
