package org.joinedup.app.warehouse;

import java.time.Clock;

import org.joinedup.app.JoinedupProperties;
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

	@Bean
	ReturnMappers returnMappers(JdbcTemplate jdbc, Clock clock, JoinedupProperties properties) {
		return new ReturnMappers(new LoadContext(new JdbcAreaDirectory(jdbc), new JdbcProviderDirectory(jdbc), clock,
				properties.ingest().workbookEngine(), properties.episodes().maxBadFraction()));
	}

}
