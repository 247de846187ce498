package org.joinedup.samples.monthly;

import org.joinedup.samples.area.Area;

/**
 * An NHS trust serving a sample area: its real ODS code and name, the commissioning
 * region it reports under in the delayed-transfers extract and the NHS England region it
 * reports under in the A&E extract.
 */
public record Provider(String code, String name, String parentCode, String parentName, String aeParent, Area area) {
}
