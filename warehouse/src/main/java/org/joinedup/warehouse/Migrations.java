package org.joinedup.warehouse;

/**
 * The warehouse's Flyway migrations ({@code db/warehouse} and {@code db/batch/<vendor>}),
 * known without scanning the class path for them.
 */
public final class Migrations {

	/**
	 * The highest version among the packaged migrations, on every vendor: a warehouse
	 * whose schema history has it, and no failed migration, is up to date. A new
	 * migration raises it (MigrationsTest checks it against the files).
	 */
	public static final String LATEST = "14";

	private Migrations() {
	}

}
