package org.joinedup.app.testing;

import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;

/**
 * What Spring Boot's failure report says about a failed start: the analysis of the first
 * registered failure analyzer that recognises it, as the report shows it (an analyzer for
 * what is not on the class path, the web's, is passed over as Spring Boot does).
 */
public final class StartupFailures {

	private StartupFailures() {
	}

	/** The report's description and action, or fails when no analyzer recognises it. */
	public static String report(Throwable failure) {
		return report(failure, new StandardEnvironment());
	}

	public static String report(Throwable failure, Environment environment) {
		ArgumentResolver arguments = ArgumentResolver.of(BeanFactory.class, new DefaultListableBeanFactory())
			.and(Environment.class, environment);
		return SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, arguments, FailureHandler.logging(LogFactory.getLog(StartupFailures.class)))
			.stream()
			.map(analyzer -> analyzer.analyze(failure))
			.filter(analysis -> analysis != null)
			.findFirst()
			.map(StartupFailures::asReported)
			.orElseThrow(() -> new AssertionError("no failure analyzer recognises " + failure, failure));
	}

	private static String asReported(FailureAnalysis analysis) {
		return "Description:\n\n" + analysis.getDescription() + "\n\nAction:\n\n" + analysis.getAction();
	}

}
