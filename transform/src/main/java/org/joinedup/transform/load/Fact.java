package org.joinedup.transform.load;

import java.util.List;

/**
 * One warehouse row, ready to insert: its SQL takes the submission id as the first parameter, then
 * {@link #values()}. Every fact carries the sheet and row it came from; the file comes through its
 * submission.
 */
public interface Fact {

	String insertSql();

	List<Object> values();
}
