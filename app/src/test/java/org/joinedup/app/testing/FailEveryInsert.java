package org.joinedup.app.testing;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * An H2 trigger that fails every insert, as a database that refuses a file's rows would:
 * {@code CREATE TRIGGER t BEFORE INSERT ON area FOR EACH ROW CALL "...FailEveryInsert"}.
 */
public class FailEveryInsert implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("injected failure on every insert");
	}

}
