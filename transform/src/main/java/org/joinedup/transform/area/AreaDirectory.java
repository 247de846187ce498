package org.joinedup.transform.area;

import java.util.Set;

/**
 * The areas of the areas reference, by ONS code: those of any version that was current,
 * retired codes included.
 */
@FunctionalInterface
public interface AreaDirectory {

	boolean contains(String onsCode);

	/**
	 * The directory as it stands now, for many look-ups in a row (an extract of millions
	 * of rows).
	 */
	default AreaDirectory snapshot() {
		return this;
	}

	static AreaDirectory of(Set<String> onsCodes) {
		return onsCodes::contains;
	}

}
