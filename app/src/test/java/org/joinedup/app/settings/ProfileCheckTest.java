package org.joinedup.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.joinedup.app.testing.StartupFailures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

/**
 * A profile is one of joinedup's (an application-NAME.yml), or the start fails in one
 * line naming it and those there are.
 */
class ProfileCheckTest {

	@Test
	void joinedupsProfilesAreThoseWithAnApplicationYml() {
		assertThat(ProfileCheck.knownProfiles()).containsExactly("cluster", "postgres");
	}

	@Test
	void knownProfilesOrNonePass() {
		check();
		check("postgres", "cluster");
	}

	@Test
	void aMisspeltProfileFailsTheStartNamingItAndTheKnownOnes() {
		Throwable failure = catchThrowable(() -> check("postgres", "clustr"));

		assertThat(StartupFailures.report(failure))
			.contains("Unknown profile 'clustr' (spring.profiles.active): joinedup's profiles are cluster, postgres.");
	}

	private static void check(String... profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.setActiveProfiles(profiles);
		new ProfileCheck().postProcessEnvironment(environment, new SpringApplication());
	}

}
