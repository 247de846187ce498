package org.joinedup.app.warehouse;

import java.time.Clock;
import java.util.List;

import org.joinedup.ingest.ae.AeReader;
import org.joinedup.ingest.bcf.BcfReader;
import org.joinedup.ingest.detect.ReturnDetector;
import org.joinedup.ingest.dtoc.DtocReader;
import org.joinedup.ingest.episode.EpisodesReader;
import org.joinedup.ingest.reference.AreasReader;
import org.joinedup.ingest.reference.ProvidersReader;
import org.joinedup.ingest.survey.SurveyReader;
import org.joinedup.transform.ae.AeReturnMapper;
import org.joinedup.transform.area.AreasReferenceMapper;
import org.joinedup.transform.area.JdbcAreaDirectory;
import org.joinedup.transform.bcf.BcfReturnMapper;
import org.joinedup.transform.dtoc.DtocReturnMapper;
import org.joinedup.transform.episode.EpisodesMapper;
import org.joinedup.transform.load.ReturnMappers;
import org.joinedup.transform.provider.JdbcProviderDirectory;
import org.joinedup.transform.provider.ProvidersReferenceMapper;
import org.joinedup.transform.submission.SubmissionStore;
import org.joinedup.transform.survey.SurveyResponsesMapper;
import org.joinedup.transform.survey.SurveySharesMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The return types joinedup reads and the warehouse they load into. */
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
	ReturnDetector returnDetector() {
		return new ReturnDetector();
	}

	/**
	 * @param maxBadFraction the share of an episodes extract's rows that may be bad (quarantined) before the
	 * whole file is rejected
	 */
	@Bean
	ReturnMappers returnMappers(JdbcTemplate jdbc, Clock clock,
			@Value("${joinedup.episodes.max-bad-fraction}") double maxBadFraction) {
		JdbcAreaDirectory areas = new JdbcAreaDirectory(jdbc);
		JdbcProviderDirectory providers = new JdbcProviderDirectory(jdbc);
		return new ReturnMappers(List.of(new BcfReturnMapper(new BcfReader(), areas, clock),
				new AreasReferenceMapper(new AreasReader()), new DtocReturnMapper(new DtocReader(), areas, providers),
				new AeReturnMapper(new AeReader(), providers),
				new ProvidersReferenceMapper(new ProvidersReader()),
				new SurveyResponsesMapper(SurveyReader.responses()),
				new SurveySharesMapper(SurveyReader.shares()),
				new EpisodesMapper(new EpisodesReader(), areas, maxBadFraction)));
	}
}
