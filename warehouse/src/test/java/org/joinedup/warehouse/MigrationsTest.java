package org.joinedup.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MigrationsTest {

	private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");

	/**
	 * The packaged migrations of each vendor, as Flyway finds them with joinedup's
	 * {@code spring.flyway.locations}: the highest version is {@link Migrations#LATEST},
	 * and every one is versioned (a repeatable one would change a warehouse that is
	 * already at the latest version).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void latestIsTheHighestPackagedVersion(String vendor) throws IOException {
		List<String> names = new ArrayList<>();
		for (String location : List.of("db/warehouse", "db/batch/" + vendor)) {
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + location + "/*.sql");
			Arrays.stream(files).map(Resource::getFilename).forEach(names::add);
		}
		assertThat(names).isNotEmpty().allMatch((name) -> VERSIONED.matcher(name).matches());
		MigrationVersion highest = names.stream()
			.map(VERSIONED::matcher)
			.filter(Matcher::matches)
			.map((matcher) -> MigrationVersion.fromVersion(matcher.group(1)))
			.max(MigrationVersion::compareTo)
			.orElseThrow();
		assertThat(highest).isEqualTo(MigrationVersion.fromVersion(Migrations.LATEST));
	}

}
