package org.joinedup.app.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.joinedup.app.testing.TestHome;
import org.joinedup.warehouse.Migrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application started for a read-only command ({@code jobs}) as the first command on
 * a new warehouse: it learns the command from the command line, and migrates the
 * warehouse all the same.
 */
@SpringBootTest(args = { "--spring.main.banner-mode=off", "jobs", "--limit", "1" })
class ReadOnlyStartTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestHome.register(registry);
	}

	@Autowired
	OneMigrationAtATime strategy;

	@Autowired
	Flyway flyway;

	@Test
	void aReadOnlyCommandFirstMigratesANewWarehouse() {
		assertThat(strategy).extracting("readOnlyCommand").isEqualTo(true);
		assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(Migrations.LATEST);
	}

}
