package org.joinedup.app.ingest;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts the files ingested by their outcome, as the metric {@code joinedup.files}
 * (Prometheus: {@code joinedup_files_total{outcome="loaded"}}, and supersedes, duplicate,
 * waiting, rejected, failed).
 */
@Component
class OutcomeCounter {

	private final MeterRegistry registry;

	OutcomeCounter(MeterRegistry registry) {
		this.registry = registry;
	}

	FileOutcome counted(FileOutcome outcome) {
		Counter.builder("joinedup.files")
			.description("Files ingested, by outcome")
			.tag("outcome", outcome.result().name().toLowerCase(Locale.ROOT))
			.register(registry)
			.increment();
		return outcome;
	}

}
