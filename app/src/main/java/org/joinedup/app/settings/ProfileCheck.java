package org.joinedup.app.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Refuses to start with a profile joinedup does not have (one without an
 * {@code application-NAME.yml}): a misspelt {@code postgres} would otherwise run quietly
 * on a local H2 warehouse.
 */
public class ProfileCheck implements EnvironmentPostProcessor, Ordered {

	private static final String MAIN_FILE = "application.yml";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		SortedSet<String> known = knownProfiles();
		List<String> unknown = Arrays.stream(environment.getActiveProfiles()).filter(p -> !known.contains(p)).toList();
		if (!unknown.isEmpty()) {
			throw new UnknownProfileException(unknown, known);
		}
	}

	static SortedSet<String> knownProfiles() {
		try {
			SortedSet<String> known = new TreeSet<>();
			for (Resource file : profileFiles()) {
				String name = Objects.requireNonNull(file.getFilename());
				known.add(name.substring("application-".length(), name.length() - ".yml".length()));
			}
			return known;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The profile files beside joinedup's own {@code application.yml}: looking in every
	 * jar of the class path costs each command's start a tenth of a second.
	 */
	private static Resource[] profileFiles() throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		String mainFile = resolver.getResource("classpath:" + MAIN_FILE).getURL().toString();
		String folder = mainFile.substring(0, mainFile.length() - MAIN_FILE.length());
		return resolver.getResources(folder + "application-*.yml");
	}

	/** After the configuration files are read, which may activate profiles. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}

}
