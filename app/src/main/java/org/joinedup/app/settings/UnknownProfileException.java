package org.joinedup.app.settings;

import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** A profile asked for that joinedup does not have; the message names those it has. */
public class UnknownProfileException extends IllegalStateException {

	UnknownProfileException(List<String> unknown, SortedSet<String> known) {
		super("Unknown profile " + unknown.stream().map(p -> "'" + p + "'").collect(Collectors.joining(", "))
				+ " (spring.profiles.active): joinedup's profiles are " + String.join(", ", known) + ".");
	}

}
