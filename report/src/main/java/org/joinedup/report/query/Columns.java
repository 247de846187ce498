package org.joinedup.report.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/** Reading result columns the same way everywhere. */
final class Columns {

	/** A code or hash: CHAR columns come back padded on some databases. */
	static String code(ResultSet rs, int column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : value.trim();
	}

	static LocalDateTime dateTime(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toLocalDateTime();
	}

	static Integer integer(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, Integer.class);
	}

	/** A whole-number sum; null when every summed value was null. */
	static Long whole(ResultSet rs, int column) throws SQLException {
		Number value = (Number) rs.getObject(column);
		return value == null ? null : value.longValue();
	}

	private Columns() {
	}

}
