package org.joinedup.transform.area;

import java.util.Map;

/** The names of the areas of the current areas reference, by ONS code. */
@FunctionalInterface
public interface AreaNames {

	Map<String, String> namesByOnsCode();

}
