package org.joinedup.report.query;

/** An area of the current areas reference. */
public record Area(String onsCode, String name, String region, Long population65) {
}
