package org.joinedup.transform.area;

import java.util.Set;

/** The areas of the current areas reference, by ONS code. */
@FunctionalInterface
public interface AreaDirectory {

	boolean contains(String onsCode);

	static AreaDirectory of(Set<String> onsCodes) {
		return onsCodes::contains;
	}
}
