package org.joinedup.app.settings;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Names the unknown profile and the profiles joinedup has, in one line. */
class UnknownProfileFailureAnalyzer extends AbstractFailureAnalyzer<UnknownProfileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnknownProfileException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Activate only those, e.g. SPRING_PROFILES_ACTIVE=postgres or --spring.profiles.active=postgres.",
				cause);
	}

}
