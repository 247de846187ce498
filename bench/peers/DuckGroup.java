import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What an analyst would reach for: DuckDB reading the episodes extract with read_csv and
 * counting it by area, month, emergency or not and age band, as joinedup tallies it, on
 * every core. Rows DuckDB cannot read are skipped; joinedup's other checks are not made.
 */
public class DuckGroup {

	public static void main(String[] args) throws Exception {
		String file = args[0].replace("'", "''");
		try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = duck.createStatement();
				ResultSet groups = statement.executeQuery("""
						SELECT count(*), sum(episodes) FROM (
						  SELECT "Resident LA", date_trunc('month', "Admission date"),
						         "Admission method" IN ('21','22','23','24','25','28','2A','2B','2C','2D'),
						         CASE WHEN "Age on admission" < 18 THEN 0 WHEN "Age on admission" < 65 THEN 1 ELSE 2 END,
						         count(*) AS episodes, sum(datediff('day', "Admission date", "Discharge date")) AS days
						  FROM read_csv('%s', header = true, types = {'Admission date': 'DATE', 'Discharge date': 'DATE',
						                'Age on admission': 'INTEGER', 'Admission method': 'VARCHAR'}, ignore_errors = true)
						  GROUP BY ALL)""".formatted(file))) {
			groups.next();
			System.out.printf("%,d groups of %,d episodes%n", groups.getLong(1), groups.getLong(2));
		}
	}

}
