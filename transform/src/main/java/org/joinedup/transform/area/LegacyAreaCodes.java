package org.joinedup.transform.area;

import java.util.Map;

/**
 * The 3-digit legacy local-authority codes of the current areas reference, and the ONS
 * codes they stand for.
 */
@FunctionalInterface
public interface LegacyAreaCodes {

	Map<String, String> onsCodesByLegacyCode();

}
