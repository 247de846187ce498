package org.joinedup.app.console.users;

import java.util.Arrays;

/** What a console user may do; each role may do what the ones before it may. */
public enum Role {

	/** Read every page and download workbooks and exports. */
	VIEWER,

	/** Also upload returns and read their findings. */
	SUBMITTER,

	/**
	 * Also act: restart, stop, abandon, recover, rerun, regenerate, run the nightly,
	 * pause the schedule.
	 */
	ADMIN;

	/**
	 * Spring Security's authorities for the role: its own and those of the roles before
	 * it.
	 */
	String[] authorities() {
		return Arrays.stream(values())
			.filter(r -> r.ordinal() <= ordinal())
			.map(r -> "ROLE_" + r.name())
			.toArray(String[]::new);
	}

}
