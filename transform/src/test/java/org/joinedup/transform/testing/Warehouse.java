package org.joinedup.transform.testing;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 warehouse migrated with the real migrations. */
public final class Warehouse {

	private Warehouse() {
	}

	public static JdbcTemplate fresh() {
		DataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/warehouse").load().migrate();
		return new JdbcTemplate(dataSource);
	}

}
