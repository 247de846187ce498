package org.joinedup.transform.provider;

import java.util.Set;

/** The ODS codes of the current providers reference, read once per file checked. */
@FunctionalInterface
public interface ProviderDirectory {

	Set<String> currentCodes();

	static ProviderDirectory of(Set<String> codes) {
		return () -> codes;
	}

}
