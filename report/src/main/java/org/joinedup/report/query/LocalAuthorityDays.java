package org.joinedup.report.query;

/**
 * A local authority's delayed days to date as R2 reported them: its code in the file (the
 * 3-digit legacy code, or 9900-9902 for patients resident outside England), its name, and
 * the area it is in the areas reference, null where the reference cannot place it.
 */
public record LocalAuthorityDays(String code, String name, String areaCode, Long nhs, Long socialCare, Long both) {
}
